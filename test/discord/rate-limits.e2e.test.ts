import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionDeadlineMs } from '../../src/discord/discord-limits.ts';
import { type BotHarness, startHarness } from './bot-harness.ts';

// Discord drops an interaction not answered within 3 s; discord.js would keep retrying a
// rate-limited reply long after that, in silence (issue 11, fault 4).

const callback = 'POST /interactions/:id/:token/callback';

/** When a snowflake was made (ms since the epoch). */
const snowflakeTime = (id: string) => Number((BigInt(id) >> 22n) + 1_420_070_400_000n);

describe('a rate-limited interaction reply', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.stop());

  it('is retried as usual when the wait still fits before the deadline', async () => {
    const { standIn } = harness;
    standIn.failNext(callback, { status: 429, retryAfter: 0.2, times: 1 });
    const record = await standIn.sendSlashCommand({ name: 'help' }).waitForResponse();
    expect(record.finalMessage.embeds[0]?.title).toBe('What I can tell you');
  });

  // Last: faults it queued but the bot never used stay queued.
  it('is retried only while the retry can land before the 3 s deadline, and the log says why', async () => {
    const { standIn, log } = harness;
    standIn.failNext(callback, { status: 429, retryAfter: 0.8, times: 8 });
    const sentAt = Date.now();
    const record = standIn.sendSlashCommand({ name: 'help' });
    const created = snowflakeTime(record.id);
    await expect
      .poll(
        () =>
          log
            .entries()
            .some(
              (entry) => entry.msg === 'rate limited past the interaction deadline: not retrying',
            ),
        { timeout: 6_000 },
      )
      .toBe(true);

    const attempts = standIn.requests.filter((request) =>
      request.path.startsWith(`/interactions/${record.id}/`),
    );
    expect(attempts.length).toBeGreaterThan(1);
    expect(attempts.every((request) => request.status === 429)).toBe(true);
    // Every attempt went out before the deadline: none was wasted after Discord gave up.
    for (const attempt of attempts)
      expect(attempt.at - created).toBeLessThan(interactionDeadlineMs);
    expect(Math.abs(created - sentAt)).toBeLessThan(1_000);

    const limitedEntries = () =>
      log
        .entries()
        .filter(
          (entry) => entry.msg === 'Discord rate limited a request' && Number(entry.time) >= sentAt,
        );
    // The last 429's log line can land just after the stand-in recorded it, on a loaded machine.
    await expect.poll(() => limitedEntries().length, { timeout: 2_000 }).toBe(attempts.length);
    const limited = limitedEntries();
    expect(limited[0]).toMatchObject({
      level: 40,
      method: 'POST',
      retryAfterMs: expect.any(Number),
    });
    const gaveUp = log
      .entries()
      .find((entry) => entry.msg === 'rate limited past the interaction deadline: not retrying');
    expect(gaveUp).toMatchObject({ level: 40, deadlineMs: interactionDeadlineMs });
  });
});
