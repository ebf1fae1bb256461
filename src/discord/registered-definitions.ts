import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { CommandModule } from './command-module.ts';

/** Every definition the command modules register: each slash command, then its context menu. */
export function registeredDefinitions(
  commands: Iterable<CommandModule>,
): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commands].flatMap((command) =>
    command.contextMenu
      ? [command.definition, command.contextMenu.definition]
      : [command.definition],
  );
}
