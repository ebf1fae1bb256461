import { describe, expect, it } from 'vitest';
import { countsTheAskedThing } from '../../src/answer/counts-the-asked-thing.ts';

/** An excerpt with the given words marked as the question's matches, as search marks them. */
function highlighted(excerpt: string, words: readonly string[]) {
  const highlights = [...excerpt.matchAll(/[\p{L}’']+/gu)]
    .filter((match) => words.includes(match[0].toLowerCase()))
    .map((match): [number, number] => [match.index, match.index + match[0].length]);
  return { excerpt, highlights };
}

describe('countsTheAskedThing', () => {
  it('accepts a figure next to the words it counts, either side', () => {
    const before = highlighted(
      'At the time of the inspection there were 1834 looked after children.',
      ['children'],
    );
    expect(countsTheAskedThing(before, 6)).toBe(true);
    const after = highlighted(
      'The care leaving team was working with a high number of care leavers at the time of the inspection (705).',
      ['care', 'leavers'],
    );
    expect(countsTheAskedThing(after, 6)).toBe(true);
  });

  it('rejects a figure that counts something else in the excerpt', () => {
    const excerpt = highlighted(
      'Children are provided with information about the local offer and what they can expect when they are 18 in terms of their rights and entitlements. The offer is available online in seven different languages.',
      ['children', 'care'],
    );
    expect(countsTheAskedThing(excerpt, 6)).toBe(false);
  });

  it('does not judge an excerpt with no matched words', () => {
    expect(countsTheAskedThing({ excerpt: 'Seven inspectors visited.', highlights: [] }, 0)).toBe(
      true,
    );
  });
});
