import { describe, expect, it } from 'vitest';
import { nameSimilarity } from '../../src/answer/find-person.ts';

describe('nameSimilarity', () => {
  it('forgives one typo in a surname', () => {
    expect(nameSimilarity('Polard', 'Jane Pollard')).toBe(1);
  });

  it('ignores honorifics and case', () => {
    expect(nameSimilarity('Cllr ALISA flemming', 'Alisa Flemming')).toBe(1);
  });

  it('accepts the start of a name', () => {
    expect(nameSimilarity('Poll', 'Jane Pollard')).toBe(1);
  });

  it('scores the share of typed words that fit', () => {
    expect(nameSimilarity('Jane Smith', 'Jane Pollard')).toBe(0.5);
  });

  it('does not forgive a typo in a short word', () => {
    expect(nameSimilarity('Jo', 'Jane Pollard')).toBe(0);
    expect(nameSimilarity('Kane', 'Jane Pollard')).toBe(1);
    expect(nameSimilarity('Bob', 'Rob Smith')).toBe(0);
  });

  it('gives 0 for an empty name', () => {
    expect(nameSimilarity('', 'Jane Pollard')).toBe(0);
    expect(nameSimilarity('Mr', 'Jane Pollard')).toBe(0);
  });
});
