import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { commandCatalogue } from '../../src/answer/command-catalogue.ts';
import { asCommandModule } from '../../src/discord/command-module.ts';
import { commandsDirectory, loadCommandModules } from '../../src/discord/load-command-modules.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';

const definition = { name: 'example', description: 'An example' };
const execute = () => ({ kind: 'notice', title: 't', lines: [], ok: true, private: true });

describe('asCommandModule', () => {
  it('accepts a module with a definition and an execute function', () => {
    const module = { definition, execute };
    expect(asCommandModule('example.ts', module)).toBe(module);
    expect(asCommandModule('example.ts', { ...module, autocomplete: () => [] })).toBeDefined();
  });

  it('rejects a module without a definition, naming the file', () => {
    expect(() => asCommandModule('finding.ts', { execute })).toThrow(
      'commands: finding.ts lacks `definition` (with a name)',
    );
    expect(() => asCommandModule('finding.ts', { definition: {}, execute })).toThrow(
      /finding\.ts lacks `definition`/,
    );
  });

  it('rejects a module without execute, naming the file', () => {
    expect(() => asCommandModule('who.ts', { definition })).toThrow(
      'commands: who.ts lacks `execute` function',
    );
    expect(() => asCommandModule('who.ts', { definition, execute: 'run' })).toThrow(
      /who\.ts lacks `execute` function/,
    );
  });

  it('names everything missing at once', () => {
    expect(() => asCommandModule('empty.ts', {})).toThrow(
      'commands: empty.ts lacks `definition` (with a name) and `execute` function',
    );
  });

  it('accepts a context menu with a named definition and execute, and rejects one without', () => {
    const contextMenu = { definition: { name: 'Check this', type: 3 }, execute };
    expect(asCommandModule('check.ts', { definition, execute, contextMenu })).toBeDefined();
    expect(() =>
      asCommandModule('check.ts', { definition, execute, contextMenu: { definition: {} } }),
    ).toThrow(
      'commands: check.ts lacks a `contextMenu` with a named definition and an `execute` function',
    );
  });

  it('rejects an autocomplete that is not a function, and a non-module', () => {
    expect(() => asCommandModule('a.ts', { definition, execute, autocomplete: [] })).toThrow(
      /a\.ts lacks `autocomplete` must be a function/,
    );
    expect(() => asCommandModule('b.ts', null)).toThrow('commands: b.ts is not a module');
    expect(() => asCommandModule('c.ts', 'text')).toThrow('commands: c.ts is not a module');
  });
});

describe('loadCommandModules', () => {
  it('loads every command in commands/: those in the catalogue and /kb, names unique', async () => {
    const commands = await loadCommandModules();
    expect(commandsDirectory).toMatch(/[/\\]commands$/);
    // /kb is for moderators on Discord only, so the console's catalogue does not list it.
    expect([...commands.keys()].sort()).toEqual(
      [...commandCatalogue.map((entry) => entry.name), 'kb'].sort(),
    );
    for (const [name, module] of commands) expect(module.definition.name).toBe(name);
    const files = (await readdir(commandsDirectory)).filter((file) => file.endsWith('.ts'));
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(
      [...commands.keys()].sort(),
    );
  });

  it('refuses a directory with a broken command file, naming it', async () => {
    await expect(loadCommandModules(fixturePath('discord', 'commands-broken'))).rejects.toThrow(
      'commands: no-execute.ts lacks `execute` function',
    );
  });

  it('refuses two files defining one command, naming the second', async () => {
    await expect(loadCommandModules(fixturePath('discord', 'commands-duplicate'))).rejects.toThrow(
      'commands: second.ts defines /twin a second time',
    );
  });
});
