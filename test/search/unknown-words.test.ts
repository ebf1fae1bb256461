import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { unknownWordShare } from '../../src/search/unknown-words.ts';

const index = buildSearchIndex(
  ['Ratings of the service are good.', 'Supervision of social workers is regular.'].map(
    (text, i) => ({ id: `p${i}`, title: '', headings: '', text }),
  ),
);

describe('unknownWordShare', () => {
  it('counts a typo of a word the documents use as known', () => {
    expect(unknownWordShare(index, 'supervison ratings', new Set())).toBe(0);
  });

  it('counts an English word as unknown, however close to one the documents use', () => {
    // "dating" is one letter from "rating", but it is a word of its own.
    expect(unknownWordShare(index, 'dating ratings', new Set())).toBe(0.5);
  });

  it('never counts a word of everyday speech as unknown: it is how people talk', () => {
    expect(unknownWordShare(index, 'nobody came about supervision', new Set())).toBe(0);
    // "sunset" is no common word: still unknown.
    expect(unknownWordShare(index, 'came sunset supervision', new Set())).toBeCloseTo(1 / 3);
  });

  it('counts a word the documents use in another form as known ("regularly", "regular")', () => {
    expect(index.relatives('regularly')).toEqual(['regular']);
    expect(unknownWordShare(index, 'regularly', new Set())).toBe(0);
  });
});
