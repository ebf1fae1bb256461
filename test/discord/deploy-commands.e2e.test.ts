import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  REST,
  type RESTPostAPIApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commandCatalogue } from '../../src/answer/command-catalogue.ts';
import { parseConfig } from '../../src/config.ts';
import type { CommandModule } from '../../src/discord/command-module.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { loadCommandModules } from '../../src/discord/load-command-modules.ts';
import { registeredDefinitions } from '../../src/discord/registered-definitions.ts';
import { validateCommandDefinitions } from '../../src/discord/validate-command-definitions.ts';
import { UserError } from '../../src/user-error.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-stand-in/index.ts';
import { badDefinitions, command, stringOption } from './command-definitions.ts';

type Definition = RESTPostAPIApplicationCommandsJSONBody;

let commands: ReadonlyMap<string, CommandModule>;
let definitions: Definition[];
beforeAll(async () => {
  commands = await loadCommandModules();
  definitions = registeredDefinitions(commands.values());
});

describe('deployCommands against the stand-in', () => {
  let standIn: DiscordStandIn;
  beforeEach(async () => {
    standIn = await startDiscordStandIn();
  });
  afterEach(() => standIn.stop());

  const configFor = (env: Record<string, string> = {}) =>
    parseConfig({ DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl, ...env });
  const routes = () => standIn.requests.map((r) => `${r.method} ${r.path} ${r.status}`);

  it('without DISCORD_GUILD_ID registers every command globally', async () => {
    const result = await deployCommands(configFor(), definitions);
    expect(result).toEqual({
      scope: 'global',
      applicationId: standIn.applicationId,
      // Everyone's commands, plus /kb for moderators, which /help does not list, and /check's
      // message context menu.
      count: commandCatalogue.length + 2,
    });
    expect(routes()).toEqual([
      'GET /applications/@me 200',
      `PUT /applications/${standIn.applicationId}/commands 200`,
    ]);
    const [registered] = standIn.registeredCommands;
    expect(standIn.registeredCommands).toHaveLength(1);
    expect(registered?.scope).toBe('global');
    expect(registered?.body).toEqual(definitions);
    expect(registered?.commands.map((c) => c.name).sort()).toEqual(
      [...commandCatalogue.map((entry) => entry.name), 'kb', 'Check with the reports'].sort(),
    );
  });

  it('with DISCORD_GUILD_ID registers in that server only, instantly', async () => {
    const config = configFor({
      DISCORD_GUILD_ID: standIn.guildId,
      DISCORD_APPLICATION_ID: standIn.applicationId,
    });
    expect(await deployCommands(config, definitions)).toEqual({
      scope: 'guild',
      applicationId: standIn.applicationId,
      count: definitions.length,
    });
    // The application id was given, so nothing is looked up first.
    expect(routes()).toEqual([
      `PUT /applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands 200`,
    ]);
    expect(standIn.registeredCommands).toMatchObject([
      { scope: 'guild', guildId: standIn.guildId },
    ]);
    expect(standIn.registeredCommands[0]?.body).toEqual(definitions);
  });

  it('registers options the stand-in then types: autocomplete, max length, private last', async () => {
    await deployCommands(configFor(), definitions);
    const finding = standIn.registeredCommands[0]?.commands.find((c) => c.name === 'finding');
    expect(finding?.options).toEqual([
      expect.objectContaining({ name: 'topic', type: 3, required: true, autocomplete: true }),
      expect.objectContaining({ name: 'council', type: 3, autocomplete: true, max_length: 100 }),
      expect.objectContaining({ name: 'private', type: 5 }),
    ]);
  });

  it('refuses a set that breaks the rules before calling Discord', async () => {
    const bad = [...definitions, command({ name: 'Bad' })];
    const error = await deployCommands(configFor(), bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/break Discord's rules:\n {2}\/Bad: name "Bad"/);
    expect(standIn.requests).toEqual([]);
  });

  it('explains a refused token (401), naming DISCORD_TOKEN', async () => {
    standIn.rejectAllTokens('rest');
    const error = await deployCommands(configFor(), definitions).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/DISCORD_TOKEN/);
    expect(standIn.registeredCommands).toEqual([]);
  });

  it('explains a server the bot is not in (403), naming DISCORD_GUILD_ID', async () => {
    const config = configFor({ DISCORD_GUILD_ID: '1999999999999999999' });
    const error = await deployCommands(config, definitions).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'UserError', code: 'not-allowed' });
    expect((error as UserError).message).toMatch(/DISCORD_GUILD_ID/);
  });

  it('refuses to run without DISCORD_TOKEN', async () => {
    const config = parseConfig({ DISCORD_API_URL: standIn.apiUrl });
    await expect(deployCommands(config, definitions)).rejects.toThrow(/DISCORD_TOKEN is not set/);
    expect(standIn.requests).toEqual([]);
  });
});

describe('validateCommandDefinitions agrees with Discord (the stand-in)', () => {
  let standIn: DiscordStandIn;
  let rest: REST;
  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    rest = new REST({ api: standIn.apiUrl }).setToken(standIn.token);
  });
  afterAll(async () => {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
    await standIn.stop();
  });

  /** Whether Discord accepts the set, asked without the bot's own check in the way. */
  const discordAccepts = (set: readonly Definition[]) =>
    rest.put(Routes.applicationCommands(standIn.applicationId), { body: set }).then(
      () => true,
      () => false,
    );

  it('passes the real definitions, which Discord accepts', async () => {
    expect(validateCommandDefinitions(definitions)).toEqual([]);
    expect(await discordAccepts(definitions)).toBe(true);
  });

  it('passes definitions at the limits, which Discord accepts', async () => {
    const atLimits = command({
      name: 'a'.repeat(32),
      description: 'd'.repeat(100),
      options: [
        stringOption({ name: 'first', required: true }),
        stringOption({
          name: 'second',
          choices: Array.from({ length: 25 }, (_, i) => ({ name: `choice ${i}`, value: `${i}` })),
        }),
      ],
    });
    expect(validateCommandDefinitions([atLimits])).toEqual([]);
    expect(await discordAccepts([atLimits])).toBe(true);
  });

  it('passes a message context menu named with spaces and capitals, which Discord accepts', async () => {
    const menu: Definition = {
      name: 'Check with the reports',
      type: ApplicationCommandType.Message,
    };
    expect(validateCommandDefinitions([menu])).toEqual([]);
    expect(await discordAccepts([menu])).toBe(true);
  });

  it('reports a context menu with a description, which Discord refuses too', async () => {
    const menu = {
      name: 'Check this',
      type: ApplicationCommandType.Message,
      description: 'Context menus have none',
    } as Definition;
    expect(validateCommandDefinitions([menu])).toEqual([
      'context menu “Check this”: a context-menu command cannot have a description',
    ]);
    expect(await discordAccepts([menu])).toBe(false);
  });

  for (const [label, { definition, problem }] of Object.entries(badDefinitions)) {
    it(`reports ${label}, which Discord refuses too`, async () => {
      const problems = validateCommandDefinitions([definition]);
      expect(problems).toEqual([expect.stringMatching(problem)]);
      expect(await discordAccepts([definition])).toBe(false);
    });
  }

  // Regression test, was a bug (src/discord/validate-command-definitions.ts): choice names and string values are
  // limited to 100 characters by Discord; the validator does not check them, so
  // commands:deploy would pass such a set on and Discord would refuse it.
  it('reports a choice name over 100 characters, which Discord refuses', async () => {
    const long = command({
      name: 'long-choice',
      options: [stringOption({ name: 'pick', choices: [{ name: 'n'.repeat(101), value: 'v' }] })],
    });
    expect(await discordAccepts([long])).toBe(false);
    expect(validateCommandDefinitions([long])).toEqual([expect.stringMatching(/choice/)]);
  });

  it('reports two commands with one name', () => {
    const twice = [command({ name: 'same' }), command({ name: 'same' })];
    expect(validateCommandDefinitions(twice)).toEqual(['/same: defined twice']);
  });

  it('reports a sub-command option breaking a rule, naming its path', () => {
    const nested = command({
      name: 'kb',
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'Refresh',
          description: 'Reload',
        },
      ],
    });
    expect(validateCommandDefinitions([nested])).toEqual([
      expect.stringContaining('/kb Refresh: name "Refresh" must be lowercase'),
    ]);
  });
});
