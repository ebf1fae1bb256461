import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { InteractionRecord } from '../support/discord-stand-in/index.ts';
import {
  type BotHarness,
  buttonId,
  failingCommand,
  type LogEntry,
  startHarness,
} from './bot-harness.ts';

/** Fails the way a bug would. */
const explode = failingCommand(
  'explode',
  'Fails on purpose (test only)',
  () => new Error('handler failed'),
);

/** Fails with the config attached to the error, as a careless wrapper might. */
const leak = failingCommand('leak', 'Fails with the config in hand (test only)', ({ config }) =>
  Object.assign(new Error('handler failed'), { config }),
);

function linesFor(harness: BotHarness, record: InteractionRecord): LogEntry[] {
  return harness.log
    .entries()
    .filter((entry) => entry.msg === 'interaction' && entry.interactionId === record.id);
}

describe('interaction logging', () => {
  let harness: BotHarness;
  const records: InteractionRecord[] = [];
  beforeAll(async () => {
    harness = await startHarness({ extraCommands: [explode], logLevel: 'debug' });
    const { standIn } = harness;
    const send = async (record: InteractionRecord) => {
      records.push(record);
      return record.waitForResponse();
    };
    const finding = await send(
      standIn.sendSlashCommand({ name: 'finding', options: { topic: 'supervision' } }),
    );
    await send(
      standIn.pressButton({
        customId: buttonId(finding.finalMessage, 'Next'),
        message: finding.finalMessage,
      }),
    );
    await send(
      standIn.sendAutocomplete({ name: 'who', focused: 'name', options: { name: 'fle' } }),
    );
    await send(standIn.sendSlashCommand({ name: 'help' }));
    await send(
      standIn.sendSlashCommand({ name: 'ask', options: { question: 'best pizza in Croydon' } }),
    );
    await send(standIn.sendSlashCommand({ name: 'no-such-command' }));
    await send(standIn.sendSlashCommand({ name: 'explode' }));
    // Discord refusing the reply (and the error notice after it): the bot logs, and carries on.
    standIn.failNext('POST /interactions/:id/:token/callback', { status: 400, times: 2 });
    records.push(standIn.sendSlashCommand({ name: 'timeline' }));
    // Each line is written just after the reply is sent; wait for all of them.
    await vi.waitFor(() => {
      if (!records.every((record) => linesFor(harness, record).length > 0)) {
        throw new Error('interaction lines missing');
      }
    });
  });
  afterAll(() => harness.stop());

  it('writes exactly one "interaction" line per interaction', () => {
    for (const record of records) {
      expect(linesFor(harness, record), record.label).toHaveLength(1);
    }
    expect(harness.log.entries().filter((entry) => entry.msg === 'interaction')).toHaveLength(
      records.length,
    );
  });

  it('gives each line the command, guild, user, latency, outcome and result count', () => {
    const [finding, button, autocomplete, help, offTopic, unknown, failed, refused] = records.map(
      (record) => linesFor(harness, record)[0],
    );
    const guildId = harness.standIn.guildId;
    expect(finding).toMatchObject({
      level: 30,
      command: 'finding',
      guildId,
      userId: records[0]?.metadata.user.id,
      latencyMs: expect.any(Number),
      outcome: 'answered',
      results: expect.any(Number),
    });
    expect(finding?.results).toBeGreaterThan(4);
    expect(button).toMatchObject({ command: 'component', guildId, outcome: 'page' });
    expect(autocomplete).toMatchObject({ command: 'who', guildId, results: expect.any(Number) });
    expect(autocomplete?.results).toBeGreaterThan(0);
    expect(help).toMatchObject({ command: 'help', guildId, outcome: 'done' });
    expect(offTopic).toMatchObject({ command: 'ask', outcome: 'not-found', results: 0 });
    expect(unknown).toMatchObject({ command: 'no-such-command', outcome: 'unknown-command' });
    expect(failed).toMatchObject({ command: 'explode', outcome: 'error' });
    expect(refused).toMatchObject({ command: 'timeline', outcome: 'error' });
    for (const line of [finding, button, autocomplete, help, offTopic, unknown, failed, refused]) {
      expect(line?.latencyMs).toBeGreaterThanOrEqual(0);
      expect(line?.latencyMs).toBeLessThan(3_000);
    }
  });

  it('never writes the bot token, through failures and Discord errors', () => {
    const lines = harness.log.lines();
    expect(lines.length).toBeGreaterThan(records.length);
    expect(lines.filter((line) => line.includes(harness.standIn.token))).toEqual([]);
    const refusedReply = harness.log
      .entries()
      .find((entry) => entry.interactionId === records[7]?.id && entry.level === 50);
    expect(refusedReply).toMatchObject({ msg: 'interaction failed' });
  });
});

describe('logging an error that carries the config', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    // As `npm start` does: the logger is told the token and must scrub it everywhere.
    harness = await startHarness({ extraCommands: [leak], scrubToken: true });
  });
  afterAll(() => harness.stop());

  // Regression test, was a bug (src/logger.ts): redaction covers `*.discordToken` one level deep and the err
  // serializer scrubs only `message` and `stack`, so `err.config.discordToken` is written
  // verbatim, even though the logger was given the token as a secret.
  it('does not write the token', async () => {
    const record = await harness.standIn.sendSlashCommand({ name: 'leak' }).waitForResponse();
    expect(record.finalMessage.content).toMatch(/something went wrong/);
    await vi.waitFor(() => expect(linesFor(harness, record)).toHaveLength(1));
    const lines = harness.log.lines();
    expect(lines.some((line) => line.includes('"msg":"interaction failed"'))).toBe(true);
    expect(lines.filter((line) => line.includes(harness.standIn.token))).toEqual([]);
  });
});
