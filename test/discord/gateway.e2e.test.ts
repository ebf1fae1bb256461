import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import type { ReconnectBackoff } from '../../src/discord/gateway-reconnects.ts';
import { type RunningBot, startBot } from '../../src/discord/start-bot.ts';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { ServerSettings } from '../../src/settings/server-settings.ts';
import { UserError } from '../../src/user-error.ts';
import {
  type DiscordStandIn,
  GatewayCloseCode,
  startDiscordStandIn,
} from '../support/discord-stand-in/index.ts';
import { type MemoryLog, memoryLog } from './bot-harness.ts';

// The gateway's bad days (issue 11, faults 3 and 5): closes Discord will not recover from end
// the bot with a message naming the code; closes it recovers from are logged and retried with
// a growing wait.

/** Short waits so a test sees several retries in a few seconds. */
const quickBackoff: ReconnectBackoff = { initialMs: 100, maxMs: 400 };

let store: KnowledgeStore;
let settings: ServerSettings;
beforeAll(async () => {
  const quiet = memoryLog('silent');
  store = await KnowledgeStore.open({ directory: 'knowledge', logger: quiet.logger });
  settings = await ServerSettings.open(
    await mkdtemp(path.join(tmpdir(), 'settings-')),
    quiet.logger,
  );
});

interface Running {
  standIn: DiscordStandIn;
  log: MemoryLog;
  fatal: UserError[];
  start(): Promise<RunningBot>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function prepare(): Promise<Running> {
  const standIn = await startDiscordStandIn();
  const log = memoryLog('debug');
  const fatal: UserError[] = [];
  let bot: RunningBot | undefined;
  cleanups.push(async () => {
    await bot?.stop();
    await standIn.stop();
  });
  return {
    standIn,
    log,
    fatal,
    async start() {
      bot = await startBot({
        config: parseConfig({
          DISCORD_TOKEN: standIn.token,
          DISCORD_API_URL: standIn.apiUrl,
          KNOWLEDGE_DIR: 'knowledge',
          COOLDOWN_SECONDS: '0',
        }),
        store,
        settings,
        logger: log.logger,
        onFatal: (error) => fatal.push(error),
        reconnectBackoff: quickBackoff,
      });
      return bot;
    },
  };
}

const messages = (log: MemoryLog, msg: string) =>
  log.entries().filter((entry) => entry.msg === msg);

describe('gateway closes Discord will not recover from', () => {
  it.each([
    [4010, /invalid shard/],
    [4011, /sharding required/],
    [4012, /invalid API version.*Update discord\.js/],
    [4013, /invalid intents/],
    [4014, /disallowed intents.*Privileged Gateway Intents/],
  ])('close %i after start-up ends the session through onFatal, naming the code', async (code, advice) => {
    const running = await prepare();
    await running.start();
    await running.standIn.closeGateway(code);
    await expect.poll(() => running.fatal.length).toBe(1);
    const [error] = running.fatal;
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toContain(`code ${code}`);
    expect(error?.message).toMatch(advice);
    expect(messages(running.log, 'gateway closed for good')).toEqual([
      expect.objectContaining({ code, level: 50 }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(running.standIn.identifies).toHaveLength(1);
  });

  it('close 4014 on IDENTIFY at start-up rejects with a UserError instead of hanging', async () => {
    const running = await prepare();
    running.standIn.closeIdentifiesWith(GatewayCloseCode.DisallowedIntents);
    const error = await running.start().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/code 4014 \(disallowed intents\)/);
    expect(running.standIn.identifies).toHaveLength(1);
  });
});

describe('gateway closes the bot recovers from', () => {
  it('a 4009 re-identify is in the log: the close, the reconnect, the new session', async () => {
    const running = await prepare();
    await running.start();
    await running.standIn.closeGateway(GatewayCloseCode.SessionTimedOut);
    // discord.js spaces IDENTIFYs 5 s apart (Discord's session start limit), so this waits.
    await expect.poll(() => running.standIn.identifies.length, { timeout: 8_000 }).toBe(2);
    await expect
      .poll(() => messages(running.log, 'gateway identified afresh: new session').length)
      .toBe(1);
    expect(messages(running.log, 'gateway closed')[0]).toMatchObject({
      code: 4009,
      meaning: 'session timed out',
      level: 40,
    });
    expect(
      running.log.entries().some((entry) => String(entry.msg).startsWith('gateway reconnecting')),
    ).toBe(true);
    const record = await running.standIn.sendSlashCommand({ name: 'help' }).waitForResponse();
    expect(record.finalMessage.embeds[0]?.title).toBe('What I can tell you');
    expect(running.fatal).toEqual([]);
  });

  it('an outage is retried with a growing wait, each attempt logged, until Discord is back', async () => {
    const running = await prepare();
    await running.start();
    const before = running.standIn.gatewayConnectionAttempts.length;
    running.standIn.setGatewayDown(true);
    await expect
      .poll(() => running.standIn.gatewayConnectionAttempts.length - before, { timeout: 8_000 })
      .toBeGreaterThanOrEqual(4);
    running.standIn.setGatewayDown(false);
    await expect.poll(() => running.standIn.gatewayStats.resumes, { timeout: 5_000 }).toBe(1);

    const reconnects = running.log
      .entries()
      .filter((entry) => String(entry.msg).startsWith('gateway reconnecting'));
    const delays = reconnects.map((entry) => entry.delayMs);
    expect(delays.slice(0, 4)).toEqual([0, 100, 200, 400]);
    expect(delays.every((delay) => typeof delay === 'number' && delay <= quickBackoff.maxMs)).toBe(
      true,
    );
    expect(reconnects.map((entry) => entry.attempt).slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(messages(running.log, 'gateway connection error').length).toBeGreaterThan(0);
    expect(messages(running.log, 'gateway closed').length).toBeGreaterThan(0);

    // Spaced out: each retry came at least its logged wait after the one before.
    const attempts = running.standIn.gatewayConnectionAttempts.slice(before);
    for (let i = 1; i < Math.min(attempts.length, 4); i += 1) {
      const gap = (attempts[i] ?? 0) - (attempts[i - 1] ?? 0);
      expect(gap).toBeGreaterThanOrEqual(Number(delays[i]) - 20);
    }
    const record = await running.standIn.sendSlashCommand({ name: 'help' }).waitForResponse();
    expect(record.finalMessage.embeds[0]?.title).toBe('What I can tell you');
  });
});
