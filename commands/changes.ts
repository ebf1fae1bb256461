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

// The council comes first: "/changes Bromley" is the common case, a topic the refinement.
export const definition = withPrivateOption(
  withCouncilOption(describeCommand(new SlashCommandBuilder(), 'changes')).addStringOption(
    (option) =>
      option
        .setName('topic')
        .setDescription('A topic to set side by side too, e.g. supervision')
        .setMaxLength(maxQueryLength)
        .setAutocomplete(true),
  ),
).toJSON();

const options = z.object({
  topic: queryTextSchema.optional(),
  council: councilOptionSchema,
  private: privateFlagSchema,
});

export function execute(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): CommandReply {
  const { topic, council, private: isPrivate } = readOptions(interaction, options);
  const answer = context.api.changes(topic, councilScope(interaction, context, council));
  return { kind: 'answer', answer, private: isPrivate };
}

export function autocomplete(interaction: AutocompleteInteraction, context: CommandContext) {
  return completeWithinCouncil(interaction, context, context.api.topicChoices);
}
