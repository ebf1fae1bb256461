import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { maxQueryLength } from '../src/answer/command-catalogue.ts';
import type { CommandContext, CommandReply } from '../src/discord/command-module.ts';
import { describeCommand, withPrivateOption } from '../src/discord/command-options.ts';
import { privateFlagSchema, queryTextSchema, readOptions } from '../src/discord/read-options.ts';

export const definition = withPrivateOption(
  describeCommand(new SlashCommandBuilder(), 'ask').addStringOption((option) =>
    option
      .setName('question')
      .setDescription('Your question, e.g. were social workers supervised?')
      .setRequired(true)
      .setMaxLength(maxQueryLength),
  ),
).toJSON();

const options = z.object({ question: queryTextSchema, private: privateFlagSchema });

export function execute(
  interaction: ChatInputCommandInteraction,
  { api }: CommandContext,
): CommandReply {
  const { question, private: isPrivate } = readOptions(interaction, options);
  return { kind: 'answer', answer: api.ask(question), private: isPrivate };
}
