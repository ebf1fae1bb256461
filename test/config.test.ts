import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Config,
  ConfigError,
  configVariableNames,
  defaultDiscordApiUrl,
  parseConfig,
} from '../src/config.ts';

const defaults: Config = {
  discordToken: undefined,
  discordApiUrl: defaultDiscordApiUrl,
  applicationId: undefined,
  guildId: undefined,
  knowledgeDir: 'knowledge',
  dataDir: 'data',
  logLevel: 'info',
  kbAdminRoleIds: [],
  kbWatch: false,
  kbMaxAttachmentBytes: 1024 * 1024,
  cooldownSeconds: 3,
  pageExpirySeconds: 600,
};

const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123';

/** The message of the ConfigError that parsing this environment throws. */
function configErrorOf(env: Record<string, string | undefined>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('parseConfig did not throw');
}

describe('parseConfig', () => {
  it('gives the defaults for an empty environment', () => {
    expect(parseConfig({})).toEqual(defaults);
  });

  it('treats empty strings as unset', () => {
    const empty = Object.fromEntries(configVariableNames.map((name) => [name, '']));
    expect(parseConfig(empty)).toEqual(defaults);
  });

  it('reads every variable that is set', () => {
    expect(
      parseConfig({
        DISCORD_TOKEN: token,
        DISCORD_API_URL: 'http://127.0.0.1:4000/api',
        DISCORD_APPLICATION_ID: '123456789012345678',
        DISCORD_GUILD_ID: '234567890123456789',
        KNOWLEDGE_DIR: 'test/fixtures/knowledge/valid',
        LOG_LEVEL: 'debug',
        KB_WATCH: 'yes',
        KB_MAX_ATTACHMENT_BYTES: '2048',
        COOLDOWN_SECONDS: '0',
        PAGE_EXPIRY_SECONDS: '60',
      }),
    ).toEqual({
      ...defaults,
      discordToken: token,
      discordApiUrl: 'http://127.0.0.1:4000/api',
      applicationId: '123456789012345678',
      guildId: '234567890123456789',
      knowledgeDir: 'test/fixtures/knowledge/valid',
      logLevel: 'debug',
      kbWatch: true,
      kbMaxAttachmentBytes: 2048,
      cooldownSeconds: 0,
      pageExpirySeconds: 60,
    });
  });

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('reads KB_WATCH=%s as %s', (value, expected) => {
    expect(parseConfig({ KB_WATCH: value }).kbWatch).toBe(expected);
  });

  it('removes trailing slashes from DISCORD_API_URL', () => {
    expect(parseConfig({ DISCORD_API_URL: 'https://discord.com/api//' }).discordApiUrl).toBe(
      'https://discord.com/api',
    );
  });

  it('parses a comma-separated KB_ADMIN_ROLE_IDS, ignoring spaces and empty entries', () => {
    expect(
      parseConfig({ KB_ADMIN_ROLE_IDS: ' 123456789012345678 , 234567890123456789,' })
        .kbAdminRoleIds,
    ).toEqual(['123456789012345678', '234567890123456789']);
  });

  it('rejects a KB_ADMIN_ROLE_IDS entry that is not a Discord id', () => {
    expect(configErrorOf({ KB_ADMIN_ROLE_IDS: '123456789012345678,admins' })).toContain(
      'KB_ADMIN_ROLE_IDS',
    );
  });

  it('reports every bad variable together in one ConfigError', () => {
    const message = configErrorOf({
      DISCORD_API_URL: 'discord.com/api',
      DISCORD_GUILD_ID: '12345',
      LOG_LEVEL: 'verbose',
      KB_WATCH: 'maybe',
    });
    expect(message.split('\n')[0]).toBe('Invalid configuration:');
    expect(message).toContain('DISCORD_API_URL: must be an http(s) URL');
    expect(message).toContain('DISCORD_GUILD_ID: must be a Discord id (17 to 20 digits)');
    expect(message).toMatch(/LOG_LEVEL: /);
    expect(message).toContain('KB_WATCH: must be true or false');
    expect(message.split('\n')).toHaveLength(5);
  });

  it('rejects a URL that is not http(s)', () => {
    expect(configErrorOf({ DISCORD_API_URL: 'ftp://discord.com/api' })).toContain(
      'DISCORD_API_URL',
    );
  });

  it('rejects numbers out of range', () => {
    const message = configErrorOf({ PAGE_EXPIRY_SECONDS: '900', COOLDOWN_SECONDS: '-1' });
    expect(message).toContain('PAGE_EXPIRY_SECONDS');
    expect(message).toContain('COOLDOWN_SECONDS');
  });

  it('rejects a token containing a space without echoing the token', () => {
    const secret = `Bot ${token}`;
    const message = configErrorOf({ DISCORD_TOKEN: secret });
    expect(message).toContain(
      "DISCORD_TOKEN: must be the bot token alone, without 'Bot ' or spaces",
    );
    expect(message).not.toContain(token);
    expect(message).not.toContain(token.slice(0, 12));
  });

  it('rejects a token too short to be real without echoing it', () => {
    const message = configErrorOf({ DISCORD_TOKEN: 'short-secret' });
    expect(message).toContain('DISCORD_TOKEN: is too short to be a bot token');
    expect(message).not.toContain('short-secret');
  });
});

describe('.env.example', () => {
  it('documents every variable the bot reads, and no other', () => {
    const documented = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.slice(0, line.indexOf('=')));
    expect(documented.sort()).toEqual([...configVariableNames].sort());
  });

  it('parses as a valid configuration as written', () => {
    const values = Object.fromEntries(
      readFileSync('.env.example', 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(() => parseConfig(values)).not.toThrow();
  });
});
