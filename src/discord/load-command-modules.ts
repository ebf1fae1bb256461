import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { asCommandModule, type CommandModule } from './command-module.ts';

/** Where the command files live, from the project root. */
export const commandsDirectory = resolve(import.meta.dirname, '../../commands');

/**
 * Imports every file in `commands/` and checks each is a command module; a duplicate command
 * name or a malformed module stops start-up with a message naming the file.
 */
export async function loadCommandModules(
  directory = commandsDirectory,
): Promise<Map<string, CommandModule>> {
  const files = (await readdir(directory)).filter((file) => /\.(ts|js|mjs)$/.test(file)).sort();
  const commands = new Map<string, CommandModule>();
  for (const file of files) {
    const module = asCommandModule(file, await import(pathToFileURL(join(directory, file)).href));
    const name = module.definition.name;
    if (commands.has(name)) throw new Error(`commands: ${file} defines /${name} a second time`);
    commands.set(name, module);
  }
  return commands;
}
