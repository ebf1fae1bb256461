import { describe, expect, it } from 'vitest';
import { describeCloseCode, fatalCloseError } from '../../src/discord/gateway-close-codes.ts';
import { defaultReconnectBackoff, reconnectDelayMs } from '../../src/discord/gateway-reconnects.ts';

describe('fatalCloseError', () => {
  it.each([4004, 4010, 4011, 4012, 4013, 4014])('treats %i as the end of the session', (code) => {
    expect(fatalCloseError(code)?.message).toBeTruthy();
  });

  it('keeps the DISCORD_TOKEN message for 4004 and names the code for the others', () => {
    expect(fatalCloseError(4004)?.message).toMatch(/^Discord rejected DISCORD_TOKEN/);
    expect(fatalCloseError(4011)?.message).toMatch(
      /^Discord closed the gateway with code 4011 \(sharding required\)/,
    );
  });

  it.each([1000, 1006, 4000, 4007, 4009, 4200])('lets discord.js recover from %i', (code) => {
    expect(fatalCloseError(code)).toBeUndefined();
  });

  it('describes known and unknown codes', () => {
    expect(describeCloseCode(4009)).toBe('session timed out');
    expect(describeCloseCode(4321)).toBe('code 4321');
  });
});

describe('reconnectDelayMs', () => {
  it('waits nothing extra on the first attempt, then doubles up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
      reconnectDelayMs(n, defaultReconnectBackoff),
    );
    expect(delays).toEqual([0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
