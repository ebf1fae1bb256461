import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Answer } from '../answer/answer.ts';
import type { QueryApi } from '../answer/query-api.ts';
import type { CommandContext, CommandReply } from './command-module.ts';
import { describeCommand, withPrivateOption } from './command-options.ts';
import { privateFlagSchema, readOptions } from './read-options.ts';

const options = z.object({ private: privateFlagSchema });

/**
 * A command that takes no question, only `private`, and lists one answer (/timeline,
 * /consequences, /sources): its definition and handler, built from the catalogue entry.
 */
export function defineListCommand(name: string, answer: (api: QueryApi) => Answer) {
  return {
    definition: withPrivateOption(describeCommand(new SlashCommandBuilder(), name)).toJSON(),
    execute(interaction: ChatInputCommandInteraction, { api }: CommandContext): CommandReply {
      const { private: isPrivate } = readOptions(interaction, options);
      return { kind: 'answer', answer: answer(api), private: isPrivate };
    },
  };
}
