import { describe, expect, it } from 'vitest';
import { recentTokens } from '../../src/search/recent-tokens.ts';
import { tokenizeWithOffsets } from '../../src/search/tokenize.ts';

describe('recentTokens', () => {
  it('gives the words tokenizing gives, and the same ones again without tokenizing twice', () => {
    const text = 'Managers’ oversight of children’s plans is weak.';
    const first = recentTokens(text);
    expect(first).toEqual(tokenizeWithOffsets(text));
    expect(recentTokens(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('forgets the oldest texts once it holds its fill, and tokenizes them afresh', () => {
    const old = recentTokens('the first text asked for');
    for (let i = 0; i < 2_500; i += 1) recentTokens(`text number ${i}`);
    const again = recentTokens('the first text asked for');
    expect(again).not.toBe(old);
    expect(again).toEqual(old);
  });
});
