import { describe, expect, it } from 'vitest';
import type { CitedResult } from '../../src/answer/answer.ts';
import { excerptSegments } from '../../src/answer/excerpt-segments.ts';

const withExcerpt = (excerpt: string, highlights: Array<[number, number]>) =>
  ({ excerpt, highlights }) as Pick<CitedResult, 'excerpt' | 'highlights'> as CitedResult;

describe('excerptSegments', () => {
  it('splits an excerpt into plain and matched runs', () => {
    expect(excerptSegments(withExcerpt('Supervision is rare.', [[0, 11]]))).toEqual([
      { text: 'Supervision', matched: true },
      { text: ' is rare.', matched: false },
    ]);
  });

  it('shows a quoted list on one line with bullets, words unchanged', () => {
    const excerpt = 'For the week:\n\n- 53 audited\n- one good';
    const text = excerptSegments(withExcerpt(excerpt, []))
      .map((segment) => segment.text)
      .join('');
    expect(text).toBe('For the week: • 53 audited • one good');
  });

  it('skips highlights that overlap or fall outside the excerpt', () => {
    const segments = excerptSegments(
      withExcerpt('abc def', [
        [0, 3],
        [2, 5],
        [5, 99],
      ]),
    );
    expect(segments).toEqual([
      { text: 'abc', matched: true },
      { text: ' def', matched: false },
    ]);
  });

  it('collapses a long run of whitespace to one space', () => {
    const text = excerptSegments(withExcerpt(`a${' '.repeat(20_000)}\n${' '.repeat(20_000)}b`, []))
      .map((segment) => segment.text)
      .join('');
    expect(text).toBe('a b');
  });
});
