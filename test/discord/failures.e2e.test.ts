import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { startBot } from '../../src/discord/start-bot.ts';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { ServerSettings } from '../../src/settings/server-settings.ts';
import { UserError } from '../../src/user-error.ts';
import {
  type DiscordStandIn,
  GatewayCloseCode,
  startDiscordStandIn,
} from '../support/discord-stand-in/index.ts';
import {
  type BotHarness,
  failingCommand,
  fieldsOf,
  memoryLog,
  startHarness,
} from './bot-harness.ts';

/** A command whose handler fails the way a bug would. */
const explode = failingCommand(
  'explode',
  'Fails on purpose (test only)',
  () => new TypeError('cannot read properties of undefined (reading "grade")'),
);

/** A slow command that defers privately first, then fails. */
const explodeLater = failingCommand(
  'explode-later',
  'Defers, then fails on purpose (test only)',
  () => new Error('the index went away'),
  { deferPrivately: true },
);

/** A handler that refuses with a user-facing error. */
const refuse = failingCommand(
  'refuse',
  'Refuses on purpose (test only)',
  () => new UserError('not-allowed', 'Only moderators may do that.'),
);

const refPattern = /^Sorry, something went wrong \(ref: ([0-9a-f]{8})\)\. The error is logged\.$/;

describe('a failing handler', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness({ extraCommands: [explode, explodeLater, refuse] });
  });
  afterAll(() => harness.stop());

  it('gets a private "something went wrong" with a ref that is also in the error log', async () => {
    const { standIn, log } = harness;
    const record = await standIn.sendSlashCommand({ name: 'explode' }).waitForResponse();
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.allowed_mentions).toEqual({ parse: [] });
    const ref = refPattern.exec(record.finalMessage.content)?.[1];
    expect(ref, record.finalMessage.content).toBeDefined();
    const errors = log.entries().filter((entry) => entry.level >= 50 && entry.ref === ref);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      msg: 'interaction failed',
      command: 'explode',
      interactionId: record.id,
      err: { type: 'TypeError', message: expect.stringContaining('reading "grade"') },
    });
    // The stack is logged for the maintainer; the user sees none of it.
    expect(record.finalMessage.content).not.toContain('TypeError');

    const after = await standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'supervision' } })
      .waitForResponse();
    expect(after.isEphemeral).toBe(false);
    expect(fieldsOf(after.finalMessage).length).toBeGreaterThan(0);
  });

  it('that deferred first gets the same message as an edit of its deferred reply', async () => {
    const { standIn, log } = harness;
    const record = await standIn.sendSlashCommand({ name: 'explode-later' }).waitForResponse();
    expect(record.callbacks).toEqual([{ type: 5, data: { flags: 64 } }]);
    expect(record.actions.map((action) => action.kind)).toEqual(['callback', 'edit']);
    expect(record.isEphemeral).toBe(true);
    const ref = refPattern.exec(record.finalMessage.content)?.[1];
    expect(log.entries().some((entry) => entry.level >= 50 && entry.ref === ref)).toBe(true);
  });

  it('with a UserError shows its message plainly and logs no error', async () => {
    const { standIn, log } = harness;
    const before = log.entries().filter((entry) => entry.level >= 50).length;
    const record = await standIn.sendSlashCommand({ name: 'refuse' }).waitForResponse();
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.content).toBe('Only moderators may do that.');
    expect(log.entries().filter((entry) => entry.level >= 50)).toHaveLength(before);
    expect(
      log
        .entries()
        .find((entry) => entry.interactionId === record.id && entry.msg === 'request refused'),
    ).toMatchObject({ code: 'not-allowed' });
  });
});

describe('cooldown', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness({ env: { COOLDOWN_SECONDS: '30' } });
  });
  afterAll(() => harness.stop());

  it("slows down one user's second command, privately, and leaves others alone", async () => {
    const { standIn } = harness;
    const ada = standIn.user(undefined, 'ada');
    const grace = standIn.user(undefined, 'grace');
    const first = await standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'supervision' }, user: ada })
      .waitForResponse();
    expect(first.isEphemeral).toBe(false);
    const second = await standIn
      .sendSlashCommand({ name: 'timeline', user: ada })
      .waitForResponse();
    expect(second.isEphemeral).toBe(true);
    expect(second.finalMessage.content).toMatch(
      /^You're asking quickly! Please try again in (30|29) s\.$/,
    );
    expect(second.finalMessage.embeds).toEqual([]);
    const other = await standIn
      .sendSlashCommand({ name: 'timeline', user: grace })
      .waitForResponse();
    expect(other.isEphemeral).toBe(false);
    expect(fieldsOf(other.finalMessage).length).toBeGreaterThan(0);
  });

  it('does not hold back autocomplete while a user cools down', async () => {
    const { standIn } = harness;
    const user = standIn.user();
    await standIn.sendSlashCommand({ name: 'help', user }).waitForResponse();
    const record = await standIn
      .sendAutocomplete({ name: 'finding', focused: 'topic', options: { topic: 'sup' }, user })
      .waitForResponse();
    expect(record.choices.map((choice) => choice.value)).toContain('supervision');
  });
});

describe('startBot with a token Discord refuses', () => {
  let standIn: DiscordStandIn;
  const log = memoryLog('debug');
  let store: KnowledgeStore;
  let settings: ServerSettings;
  beforeAll(async () => {
    store = await KnowledgeStore.open({ directory: 'knowledge', logger: log.logger });
    settings = await ServerSettings.open(
      await mkdtemp(path.join(tmpdir(), 'settings-')),
      log.logger,
    );
  });

  const start = (stand: DiscordStandIn) =>
    startBot({
      config: parseConfig({
        DISCORD_TOKEN: stand.token,
        DISCORD_API_URL: stand.apiUrl,
        KNOWLEDGE_DIR: 'knowledge',
      }),
      store,
      settings,
      logger: log.logger,
    });

  it('on REST (401) rejects with a UserError naming DISCORD_TOKEN, before the gateway', async () => {
    standIn = await startDiscordStandIn();
    try {
      standIn.rejectAllTokens('rest');
      const error = await start(standIn).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/DISCORD_TOKEN/);
      expect((error as UserError).code).toBe('bad-input');
      expect(standIn.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'GET /gateway/bot 401',
      ]);
      expect(standIn.identifies).toHaveLength(0);
    } finally {
      await standIn.stop();
    }
  });

  it('on the gateway (close 4004) rejects with a UserError naming DISCORD_TOKEN, one IDENTIFY', async () => {
    standIn = await startDiscordStandIn();
    try {
      standIn.rejectAllTokens('gateway');
      const error = await start(standIn).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/DISCORD_TOKEN/);
      // Give a retry loop time to show itself.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(standIn.identifies).toHaveLength(1);
      expect(standIn.gatewayCloses).toEqual([
        {
          code: GatewayCloseCode.AuthenticationFailed,
          reason: 'Authentication failed.',
          by: 'stand-in',
        },
      ]);
      expect(standIn.gatewayStats.connections).toHaveLength(1);
    } finally {
      await standIn.stop();
    }
  });
});

describe('Discord ending the session after start-up', () => {
  it('reports a token reset (close 4004) through onFatal, once, naming DISCORD_TOKEN', async () => {
    const fatal: UserError[] = [];
    const harness = await startHarness({ onFatal: (error) => fatal.push(error), deploy: false });
    try {
      harness.standIn.rejectAllTokens();
      await harness.standIn.closeGateway(GatewayCloseCode.AuthenticationFailed);
      await expect.poll(() => fatal.length).toBe(1);
      expect(fatal[0]).toBeInstanceOf(UserError);
      expect(fatal[0]?.message).toMatch(/DISCORD_TOKEN/);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(fatal).toHaveLength(1);
      expect(harness.standIn.identifies).toHaveLength(1);
    } finally {
      await harness.stop();
    }
  });

  it('resumes after an ordinary close (4000) without calling onFatal', async () => {
    const fatal: UserError[] = [];
    const harness = await startHarness({ onFatal: (error) => fatal.push(error), deploy: false });
    try {
      await harness.standIn.closeGateway(GatewayCloseCode.UnknownError);
      const record = await harness.standIn.sendSlashCommand({ name: 'help' }).waitForResponse();
      expect(record.finalMessage.embeds[0]?.title).toBe('What I can tell you');
      expect(harness.standIn.gatewayStats.resumes).toBe(1);
      expect(fatal).toEqual([]);
    } finally {
      await harness.stop();
    }
  });
});
