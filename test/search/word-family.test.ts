import { describe, expect, it } from 'vitest';
import { areRelatives, wordFamily } from '../../src/search/word-family.ts';

describe('areRelatives', () => {
  it('joins one word in two forms', () => {
    expect(areRelatives('violent', 'violence')).toBe(true);
    expect(areRelatives('teenagers', 'teenage')).toBe(true);
    expect(areRelatives('regularly', 'regular')).toBe(true);
  });

  it('keeps apart the words Lancaster’s stems join but that part early', () => {
    for (const [a, b] of [
      ['threat', 'three'],
      ['communist', 'community'],
      ['departure', 'department'],
      ['series', 'serious'],
      ['pension', 'pending'],
    ] as const) {
      expect(wordFamily(a)).toBe(wordFamily(b));
      expect(areRelatives(a, b)).toBe(false);
    }
  });

  it('tells no family from a stem too short to say one', () => {
    expect(wordFamily('arrive')).toBeUndefined();
    expect(areRelatives('arrive', 'arrival')).toBe(false);
  });
});
