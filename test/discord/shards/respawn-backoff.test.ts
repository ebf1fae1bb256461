import { describe, expect, it } from 'vitest';
import { RespawnBackoff } from '../../../src/discord/shards/respawn-backoff.ts';

describe('RespawnBackoff', () => {
  it('doubles while a shard keeps crashing soon after starting, up to a minute', () => {
    const backoff = new RespawnBackoff();
    const waits = Array.from({ length: 9 }, () => backoff.next(2_000));
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('starts from the first wait again once a shard had stayed up a while', () => {
    const backoff = new RespawnBackoff();
    backoff.next(0);
    backoff.next(0);
    expect(backoff.next(10 * 60_000)).toBe(1_000);
  });
});
