import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import type { Answer } from '../answer/answer.ts';
import type { CouncilScope, QueryApi } from '../answer/query-api.ts';
import type { CommandContext, CommandReply } from './command-module.ts';
import { describeCommand, withCouncilOption, withPrivateOption } from './command-options.ts';
import { completeWithinCouncil, councilScope } from './council-scope.ts';
import { councilOptionSchema, privateFlagSchema, readOptions } from './read-options.ts';

const options = z.object({ council: councilOptionSchema, private: privateFlagSchema });

/**
 * A command that takes no question, only `council` and `private`, and lists one answer
 * (/timeline, /consequences, /sources): its definition and handler, from the catalogue entry.
 */
export function defineListCommand(
  name: string,
  answer: (api: QueryApi, scope: CouncilScope) => Answer,
) {
  return {
    definition: withPrivateOption(
      withCouncilOption(describeCommand(new SlashCommandBuilder(), name)),
    ).toJSON(),
    execute(interaction: ChatInputCommandInteraction, context: CommandContext): CommandReply {
      const { council, private: isPrivate } = readOptions(interaction, options);
      const scope = councilScope(interaction, context, council);
      return { kind: 'answer', answer: answer(context.api, scope), private: isPrivate };
    },
    autocomplete(interaction: AutocompleteInteraction, context: CommandContext) {
      return completeWithinCouncil(interaction, context, () => []);
    },
  };
}
