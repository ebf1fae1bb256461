import { readdir } from 'node:fs/promises';
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandCatalogue, maxQueryLength } from '../../src/answer/command-catalogue.ts';
import type { CommandModule } from '../../src/discord/command-module.ts';
import { commandsDirectory, loadCommandModules } from '../../src/discord/load-command-modules.ts';
import { registeredDefinitions } from '../../src/discord/registered-definitions.ts';
import { validateCommandDefinitions } from '../../src/discord/validate-command-definitions.ts';

/** Every option of a definition, sub-commands' options included. */
function allOptions(
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
): APIApplicationCommandOption[] {
  const walk = (options: readonly APIApplicationCommandOption[]): APIApplicationCommandOption[] =>
    options.flatMap((option) => [
      option,
      ...('options' in option && option.options ? walk(option.options) : []),
    ]);
  return walk(definition.options ?? []);
}

function missingCommand(name: string): never {
  throw new Error(`no /${name} in commands/`);
}

let commands: ReadonlyMap<string, CommandModule>;
beforeAll(async () => {
  commands = await loadCommandModules();
});

describe('the command files in commands/', () => {
  it('are each named after the command they define', async () => {
    const files = (await readdir(commandsDirectory)).filter((file) => file.endsWith('.ts'));
    for (const file of files) {
      expect(commands.get(file.replace(/\.ts$/, ''))?.definition.name, file).toBe(
        file.replace(/\.ts$/, ''),
      );
    }
  });

  it('pass Discord’s registration rules, context menus included', () => {
    expect(validateCommandDefinitions(registeredDefinitions(commands.values()))).toEqual([]);
  });

  it('offer /check on a message’s context menu too, and no other command there', () => {
    const menus = registeredDefinitions(commands.values()).filter(
      (definition) => definition.type === ApplicationCommandType.Message,
    );
    expect(menus).toEqual([
      expect.objectContaining({
        name: 'Check with the reports',
        type: ApplicationCommandType.Message,
      }),
    ]);
    expect(commands.get('check')?.contextMenu?.definition.name).toBe('Check with the reports');
  });

  it('describe each catalogue command as the catalogue (and so /help and the console) does', () => {
    for (const entry of commandCatalogue) {
      expect(commands.get(entry.name)?.definition.description, entry.name).toBe(entry.description);
    }
  });

  it('have an autocomplete handler exactly when an option asks for autocomplete', () => {
    for (const [name, command] of commands) {
      const wantsAutocomplete = allOptions(command.definition).some(
        (option) => 'autocomplete' in option && option.autocomplete === true,
      );
      expect(typeof command.autocomplete === 'function', name).toBe(wantsAutocomplete);
    }
  });

  it('end every answering command with the optional boolean `private`', () => {
    const answering = commandCatalogue.map((entry) => entry.name).filter((name) => name !== 'help');
    for (const name of answering) {
      const options = commands.get(name)?.definition.options ?? [];
      expect(options.at(-1), name).toMatchObject({
        name: 'private',
        type: ApplicationCommandOptionType.Boolean,
      });
      expect(options.at(-1)?.required ?? false, name).toBe(false);
    }
  });

  it('cap every free-text option so Discord refuses over-long text before the bot sees it', () => {
    for (const [name, command] of commands) {
      for (const option of allOptions(command.definition)) {
        if (option.type !== ApplicationCommandOptionType.String || option.choices) continue;
        expect(option.max_length, `/${name} ${option.name}`).toBeDefined();
      }
    }
  });

  it('take topics, names and questions up to the length the answer layer accepts, no more', () => {
    for (const [name, option] of [
      ['finding', 'topic'],
      ['who', 'name'],
      ['ask', 'question'],
      ['check', 'claim'],
      ['changes', 'topic'],
    ] as const) {
      const definition = allOptions(commands.get(name)?.definition ?? missingCommand(name)).find(
        (candidate) => candidate.name === option,
      );
      expect(definition, `/${name} ${option}`).toMatchObject({ max_length: maxQueryLength });
    }
  });
});
