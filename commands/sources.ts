import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandContext, CommandReply } from '../src/discord/command-module.ts';
import { describeCommand, withPrivateOption } from '../src/discord/command-options.ts';
import { privateFlagSchema, readOptions } from '../src/discord/read-options.ts';

export const definition = withPrivateOption(
  describeCommand(new SlashCommandBuilder(), 'sources'),
).toJSON();

const options = z.object({ private: privateFlagSchema });

export function execute(
  interaction: ChatInputCommandInteraction,
  { api }: CommandContext,
): CommandReply {
  const { private: isPrivate } = readOptions(interaction, options);
  return { kind: 'answer', answer: api.sources(), private: isPrivate };
}
