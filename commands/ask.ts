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
    describeCommand(new SlashCommandBuilder(), 'ask').addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question, e.g. were social workers supervised?')
        .setRequired(true)
        .setMaxLength(maxQueryLength),
    ),
  ),
).toJSON();

const options = z.object({
  question: queryTextSchema,
  council: councilOptionSchema,
  private: privateFlagSchema,
});

export function execute(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): CommandReply {
  const { question, council, private: isPrivate } = readOptions(interaction, options);
  const answer = context.api.ask(question, councilScope(interaction, context, council));
  return { kind: 'answer', answer, private: isPrivate };
}

/** Only the council option completes; a question is the user's own words. */
export function autocomplete(interaction: AutocompleteInteraction, context: CommandContext) {
  return completeWithinCouncil(interaction, context, () => []);
}
