import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import { maxQueryLength } from '../src/answer/command-catalogue.ts';
import type { CommandContext, CommandReply } from '../src/discord/command-module.ts';
import { describeCommand, withPrivateOption } from '../src/discord/command-options.ts';
import { privateFlagSchema, queryTextSchema, readOptions } from '../src/discord/read-options.ts';

export const definition = withPrivateOption(
  describeCommand(new SlashCommandBuilder(), 'finding').addStringOption((option) =>
    option
      .setName('topic')
      .setDescription('A topic, e.g. supervision, caseloads, care leavers')
      .setRequired(true)
      .setMaxLength(maxQueryLength)
      .setAutocomplete(true),
  ),
).toJSON();

const options = z.object({ topic: queryTextSchema, private: privateFlagSchema });

export function execute(
  interaction: ChatInputCommandInteraction,
  { api }: CommandContext,
): CommandReply {
  const { topic, private: isPrivate } = readOptions(interaction, options);
  return { kind: 'answer', answer: api.findings(topic), private: isPrivate };
}

export function autocomplete(interaction: AutocompleteInteraction, { api }: CommandContext) {
  return api.topicChoices(interaction.options.getFocused());
}
