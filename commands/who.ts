import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import { maxQueryLength } from '../src/answer/command-catalogue.ts';
import type { CommandContext, CommandReply } from '../src/discord/command-module.ts';
import {
  describeCommand,
  withCouncilOption,
  withPrivateOption,
} from '../src/discord/command-options.ts';
import { completeWithinCouncil, councilScope } from '../src/discord/council-scope.ts';
import {
  councilOptionSchema,
  privateFlagSchema,
  queryTextSchema,
  readOptions,
} from '../src/discord/read-options.ts';

export const definition = withPrivateOption(
  withCouncilOption(
    describeCommand(new SlashCommandBuilder(), 'who').addStringOption((option) =>
      option
        .setName('name')
        .setDescription('A name (misspellings are fine) or a role, e.g. lead inspector')
        .setRequired(true)
        .setMaxLength(maxQueryLength)
        .setAutocomplete(true),
    ),
  ),
).toJSON();

const options = z.object({
  name: queryTextSchema,
  council: councilOptionSchema,
  private: privateFlagSchema,
});

export function execute(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): CommandReply {
  const { name, council, private: isPrivate } = readOptions(interaction, options);
  const answer = context.api.person(name, councilScope(interaction, context, council));
  return { kind: 'answer', answer, private: isPrivate };
}

export function autocomplete(interaction: AutocompleteInteraction, context: CommandContext) {
  return completeWithinCouncil(interaction, context, context.api.personChoices);
}
