import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.ts';

function manualClock(start = 5_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('Cooldown', () => {
  it('lets a user run one command per window, saying how many seconds are left', () => {
    const clock = manualClock();
    const cooldown = new Cooldown(30_000, clock.now);
    expect(cooldown.take('ada')).toBe(0);
    expect(cooldown.take('ada')).toBe(30);
    clock.advance(100);
    expect(cooldown.take('ada')).toBe(30);
    clock.advance(29_000);
    expect(cooldown.take('ada')).toBe(1);
    clock.advance(900);
    expect(cooldown.take('ada')).toBe(0);
  });

  it('does not restart the window when a user is refused', () => {
    const clock = manualClock();
    const cooldown = new Cooldown(10_000, clock.now);
    cooldown.take('ada');
    clock.advance(9_000);
    expect(cooldown.take('ada')).toBe(1);
    clock.advance(1_000);
    expect(cooldown.take('ada')).toBe(0);
  });

  it('keeps users apart', () => {
    const clock = manualClock();
    const cooldown = new Cooldown(30_000, clock.now);
    expect(cooldown.take('ada')).toBe(0);
    expect(cooldown.take('grace')).toBe(0);
    expect(cooldown.take('ada')).toBeGreaterThan(0);
    expect(cooldown.take('grace')).toBeGreaterThan(0);
  });

  it('is off with a window of 0', () => {
    const cooldown = new Cooldown(0, () => 0);
    expect([1, 2, 3].map(() => cooldown.take('ada'))).toEqual([0, 0, 0]);
  });

  it('still cools down a recent user after forgetting thousands of old ones', () => {
    const clock = manualClock();
    const cooldown = new Cooldown(1_000, clock.now);
    for (let i = 0; i < 10_001; i++) cooldown.take(`old-${i}`);
    clock.advance(5_000);
    cooldown.take('recent');
    expect(cooldown.take('recent')).toBe(1);
    expect(cooldown.take('old-1')).toBe(0);
  });
});
