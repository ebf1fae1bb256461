import { describe, expect, it } from 'vitest';
import { AnswerQueue } from '../../src/discord/answer-queue.ts';
import { deferAtAgeMs, guardDeadline } from '../../src/discord/answer-queue-deadline.ts';

describe('AnswerQueue', () => {
  it('runs answers one at a time, in order, and passes on results and errors', async () => {
    const queue = new AnswerQueue();
    const order: string[] = [];
    const a = queue.run(async () => {
      order.push('a start');
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('a end');
      return 1;
    });
    const b = queue.run(() => {
      order.push('b');
      throw new Error('b failed');
    });
    expect(queue.length).toBe(2);
    expect(await a).toBe(1);
    await expect(b).rejects.toThrow('b failed');
    expect(order).toEqual(['a start', 'a end', 'b']);
    expect(queue.length).toBe(0);
  });

  it('computes no answer while an acknowledgement is in flight', async () => {
    const queue = new AnswerQueue();
    let release: () => void = () => {};
    const acknowledgement = new Promise<void>((resolve) => {
      release = resolve;
    });
    queue.prioritise(acknowledgement);
    let ran = false;
    const answer = queue.run(() => {
      ran = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toBe(false);
    release();
    await answer;
    expect(ran).toBe(true);
  });
});

describe('guardDeadline', () => {
  it('defers at once when the answer will probably not be ready in time', async () => {
    let deferrals = 0;
    const guard = guardDeadline({
      ageMs: deferAtAgeMs - 100,
      expectedWaitMs: 500,
      defer: async () => {
        deferrals += 1;
      },
    });
    expect(guard.deferred).toBe(true);
    await guard.settle();
    expect(deferrals).toBe(1);
  });

  it('does not defer an answer that is ready in time, and defers one that is not', async () => {
    let deferrals = 0;
    const defer = async () => {
      deferrals += 1;
    };
    const quick = guardDeadline({ ageMs: deferAtAgeMs - 30, expectedWaitMs: 0, defer });
    await quick.settle();
    expect(quick.deferred).toBe(false);
    const late = guardDeadline({ ageMs: deferAtAgeMs - 10, expectedWaitMs: 0, defer });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await late.settle();
    expect(late.deferred).toBe(true);
    expect(deferrals).toBe(1);
  });

  it('reports a deferral that failed', async () => {
    const guard = guardDeadline({
      ageMs: deferAtAgeMs,
      expectedWaitMs: 0,
      defer: () => Promise.reject(new Error('Unknown interaction')),
    });
    await expect(guard.settle()).rejects.toThrow('Unknown interaction');
  });
});
