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
  describeCommand(new SlashCommandBuilder(), 'who').addStringOption((option) =>
    option
      .setName('name')
      .setDescription('A name (misspellings are fine) or a role, e.g. lead inspector')
      .setRequired(true)
      .setMaxLength(maxQueryLength)
      .setAutocomplete(true),
  ),
).toJSON();

const options = z.object({ name: queryTextSchema, private: privateFlagSchema });

export function execute(
  interaction: ChatInputCommandInteraction,
  { api }: CommandContext,
): CommandReply {
  const { name, private: isPrivate } = readOptions(interaction, options);
  return { kind: 'answer', answer: api.person(name), private: isPrivate };
}

export function autocomplete(interaction: AutocompleteInteraction, { api }: CommandContext) {
  return api.personChoices(interaction.options.getFocused());
}
