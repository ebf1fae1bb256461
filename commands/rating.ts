import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import type { CommandContext, CommandReply } from '../src/discord/command-module.ts';
import { describeCommand, withPrivateOption } from '../src/discord/command-options.ts';
import { privateFlagSchema, queryTextSchema, readOptions } from '../src/discord/read-options.ts';

export const definition = withPrivateOption(
  describeCommand(new SlashCommandBuilder(), 'rating').addStringOption((option) =>
    option
      .setName('inspection')
      .setDescription('Which inspection (default: the latest); pick "All inspections" to compare')
      .setMaxLength(100)
      .setAutocomplete(true),
  ),
).toJSON();

const options = z.object({ inspection: queryTextSchema.optional(), private: privateFlagSchema });

export function execute(
  interaction: ChatInputCommandInteraction,
  { api }: CommandContext,
): CommandReply {
  const { inspection, private: isPrivate } = readOptions(interaction, options);
  return { kind: 'answer', answer: api.ratings(inspection), private: isPrivate };
}

export function autocomplete(interaction: AutocompleteInteraction, { api }: CommandContext) {
  return api.inspectionChoices(interaction.options.getFocused());
}
