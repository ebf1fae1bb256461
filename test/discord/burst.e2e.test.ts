import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/discord/command-module.ts';
import type { InteractionRecord, OptionsInput } from '../support/discord-stand-in/index.ts';
import { type BotHarness, startHarness } from './bot-harness.ts';

/** Burns the event loop like a heavy answer does on a large knowledge set. */
function slowAnswerCommand(costMs: number): CommandModule {
  return {
    definition: new SlashCommandBuilder()
      .setName('slow')
      .setDescription('Answers after a busy computation (tests only)')
      .toJSON(),
    execute() {
      const until = performance.now() + costMs;
      while (performance.now() < until) {
        // Deliberately synchronous: a real answer does not yield either.
      }
      return { kind: 'notice', title: 'Slow answer', lines: ['done'], ok: true, private: false };
    },
  };
}

/** The message the user finally sees: the reply, or the private follow-up that replaced it. */
function shownMessage(record: InteractionRecord) {
  return record.originalMessage ?? record.followUps[0];
}

const mix: { name: string; options?: OptionsInput; privately: boolean }[] = [
  { name: 'slow', privately: false },
  { name: 'slow', privately: false },
  { name: 'finding', options: { topic: 'supervision' }, privately: false },
  { name: 'finding', options: { topic: 'fostering panel', private: true }, privately: true },
  // Not in the sources: always private, even when its deferral had to go out in public.
  { name: 'ask', options: { question: 'best pizza in Fixtureton' }, privately: true },
];

describe('a burst of interactions from many users, cooldown off', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness({
      env: { KNOWLEDGE_DIR: 'test/fixtures/discord/knowledge', COOLDOWN_SECONDS: '0' },
      extraCommands: [slowAnswerCommand(15)],
    });
  });
  afterAll(() => harness.stop());

  it('acknowledges every one within the deadline and finally answers every one', async () => {
    const { standIn } = harness;
    // 300 × ~15 ms of answering is several seconds: without deferral most would be lost.
    const sent = Array.from({ length: 300 }, (_, i) => {
      const command = mix[i % mix.length] ?? { name: 'slow', privately: false };
      const record = standIn.sendSlashCommand({
        name: command.name,
        ...(command.options ? { options: command.options } : {}),
        user: standIn.user(undefined, `burst-${i % 120}`),
      });
      return { command, record };
    });
    const settled = await Promise.allSettled(
      sent.map(({ record }) => record.waitForResponse({ timeoutMs: 18_000 })),
    );
    const lost = settled.flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    );
    expect(lost.slice(0, 3)).toEqual([]);

    for (const { command, record } of sent) {
      // Acknowledged once, and in time: a late callback is refused with 10062 by the stand-in.
      expect(record.callbacks, record.label).toHaveLength(1);
      expect(
        record.requests.filter((request) => request.status >= 400),
        record.describe(),
      ).toEqual([]);
      const message = shownMessage(record);
      expect(message, record.describe()).toBeDefined();
      expect(message?.embeds.length, record.label).toBeGreaterThan(0);
      expect((message?.flags ?? 0) & 64, record.label).toBe(command.privately ? 64 : 0);
    }
    // The burst must actually have exercised the deferral path, or the test proves nothing.
    const deferred = sent.filter(({ record }) => record.callbacks[0]?.type === 5);
    expect(deferred.length).toBeGreaterThan(0);
    expect(standIn.unmatchedRequests).toEqual([]);
  }, 25_000);
});
