import type {
  MessageContextMenuCommandInteraction,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandContext, CommandReply } from './command-module.ts';

/**
 * A message context-menu command ("Apps → Check with the reports" on someone's message): the
 * second way into a slash command, so it lives in that command's file as `contextMenu`.
 */
export interface MessageCommand {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(
    interaction: MessageContextMenuCommandInteraction,
    context: CommandContext,
  ): CommandReply | Promise<CommandReply>;
}
