import { describe, expect, it } from 'vitest';
import { countsTheAskedThing, standsNearMatches } from '../../src/answer/counts-the-asked-thing.ts';

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

  it('takes a share for a count only when shares may answer', () => {
    const excerpt = highlighted('70.3% were placed with Kent approved foster carers.', [
      'foster',
      'carers',
    ]);
    expect(countsTheAskedThing(excerpt, 6)).toBe(true);
    expect(countsTheAskedThing(excerpt, 6, () => true, false)).toBe(false);
    const counted = highlighted('There are 412 approved foster carers.', ['foster', 'carers']);
    expect(countsTheAskedThing(counted, 6, () => true, false)).toBe(true);
    // A share of the thing counted says how many of them: "(78%) of care leavers", "half of".
    for (const text of [
      'The large majority (78%) of care leavers are in education.',
      'Half of care leavers are in education.',
    ]) {
      expect(
        countsTheAskedThing(highlighted(text, ['care', 'leavers']), 6, () => true, false),
      ).toBe(true);
    }
  });

  it('rejects a figure that counts something else in the excerpt', () => {
    const excerpt = highlighted(
      'Children are provided with information about the local offer and what they can expect when they are 18 in terms of their rights and entitlements. The offer is available online in seven different languages.',
      ['children', 'care'],
    );
    expect(countsTheAskedThing(excerpt, 6)).toBe(false);
  });

  it('needs the figure beside the thing counted, not beside the question’s other words', () => {
    // Asked "how many social workers did Kent employ?": 12 stands by Kent, not by workers.
    const excerpt = highlighted(
      'Within the county boundary of Kent are 12 district councils, each with its own offices and services. Social workers are valued.',
      ['kent', 'social', 'workers'],
    );
    const isWorkers = (word: string) => /^workers?$/i.test(word);
    expect(countsTheAskedThing(excerpt, 6)).toBe(true);
    expect(countsTheAskedThing(excerpt, 6, isWorkers)).toBe(false);
    const counted = highlighted('Kent employs 2,100 social workers.', [
      'kent',
      'social',
      'workers',
    ]);
    expect(countsTheAskedThing(counted, 6, isWorkers)).toBe(true);
  });

  it('does not judge an excerpt with no matched words', () => {
    expect(countsTheAskedThing({ excerpt: 'Seven inspectors visited.', highlights: [] }, 0)).toBe(
      true,
    );
  });
});

describe('standsNearMatches', () => {
  /** The offsets of a phrase in a text, as a name reader would give them. */
  const spanOf = (text: string, phrase: string): [number, number] => {
    const start = text.indexOf(phrase);
    return [start, start + phrase.length];
  };

  it('accepts a name beside the role the question asks about', () => {
    const text = 'The director of children’s services, Jane Pollard, started in 2018.';
    const result = highlighted(text, ['director']);
    expect(standsNearMatches(result, [spanOf(text, 'Jane Pollard')], 6)).toBe(true);
  });

  it('rejects a name far from it, someone else in the same excerpt', () => {
    const text =
      'The Government has already appointed a commissioner to oversee the work for the next few months and the council has been forced to set up an Improvement Board made up of government experts, its own senior managers, consultants, the administration and a member of the Opposition - Cllr Maria Gatland.';
    const result = highlighted(text, ['commissioner']);
    expect(standsNearMatches(result, [spanOf(text, 'Cllr Maria Gatland')], 6)).toBe(false);
  });
});
