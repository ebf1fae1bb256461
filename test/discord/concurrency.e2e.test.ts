import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OptionsInput } from '../support/discord-stand-in/index.ts';
import {
  type BotHarness,
  liveMentions,
  messageLimitViolations,
  startHarness,
} from './bot-harness.ts';

const mix: { name: string; options?: OptionsInput; answered: boolean }[] = [
  { name: 'finding', options: { topic: 'supervision' }, answered: true },
  { name: 'ask', options: { question: 'were social workers supervised?' }, answered: true },
  { name: 'rating', answered: true },
  { name: 'rating', options: { inspection: 'all' }, answered: true },
  { name: 'timeline', answered: true },
  { name: 'who', options: { name: 'Tim Polard' }, answered: true },
  { name: 'consequences', answered: true },
  { name: 'sources', options: { private: true }, answered: true },
  { name: 'help', answered: true },
  { name: 'ask', options: { question: 'best pizza in Croydon' }, answered: false },
];

describe('100 interactions at once', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.stop());

  it('are all answered, each with a valid payload, within Discord’s 3 s', async () => {
    const { standIn, log } = harness;
    const sent = Array.from({ length: 100 }, (_, i) => {
      const command = mix[i % mix.length] ?? { name: 'help', answered: true };
      const record = standIn.sendSlashCommand({
        name: command.name,
        ...(command.options ? { options: command.options } : {}),
        user: standIn.user(undefined, `user-${i}`),
      });
      return { command, record };
    });
    // The stand-in, like Discord, refuses a first callback later than 3 s after dispatch.
    const settled = await Promise.allSettled(
      sent.map(({ record }) => record.waitForResponse({ timeoutMs: 10_000 })),
    );
    const failed = settled.flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    );
    expect(failed).toEqual([]);

    for (const { command, record } of sent) {
      // A private answer whose deferral had to go out in public arrives as a private follow-up.
      const message = record.originalMessage ?? record.followUps[0] ?? record.finalMessage;
      expect(record.callbacks, record.label).toHaveLength(1);
      expect(messageLimitViolations(message), record.label).toEqual([]);
      expect(message.embeds.length, record.label).toBeGreaterThan(0);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(liveMentions(message)).toEqual([]);
      expect(message.interaction_metadata.user.id).toBe(record.metadata.user.id);
      if (!command.answered) expect(message.flags & 64, record.label).toBe(64);
    }
    const ids = new Set(sent.map(({ record }) => record.id));
    // Each line is written just after its reply, so the last may lag the last reply.
    const lines = () => log.entries().filter((entry) => entry.msg === 'interaction');
    await expect.poll(() => lines().length).toBe(100);
    expect(new Set(lines().map((entry) => entry.interactionId))).toEqual(ids);
    expect(lines().filter((entry) => entry.outcome === 'error')).toEqual([]);
    expect(harness.standIn.unmatchedRequests).toEqual([]);
  });
});
