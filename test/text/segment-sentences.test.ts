import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/text/segment-sentences.ts';

const slices = (text: string) =>
  segmentSentences(text).map(({ start, end }) => text.slice(start, end));

describe('segmentSentences', () => {
  it('gives the offsets of each sentence', () => {
    expect(segmentSentences('One two. Three four? Five!')).toEqual([
      { start: 0, end: 8 },
      { start: 9, end: 20 },
      { start: 21, end: 26 },
    ]);
  });

  it('excludes trailing and leading whitespace from a sentence', () => {
    const text = '  First one.   Second one.  \n';
    expect(slices(text)).toEqual(['First one.', 'Second one.']);
  });

  it('keeps a decimal number and an abbreviation inside a sentence', () => {
    expect(slices('Caseloads rose by 2.5 per cent. It was e.g. high.')).toEqual([
      'Caseloads rose by 2.5 per cent.',
      'It was e.g. high.',
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n\t ')).toEqual([]);
  });

  it('returns one sentence for text without a full stop', () => {
    expect(slices('no full stop here')).toEqual(['no full stop here']);
  });
});

describe('segmentSentences on long text', () => {
  const whole = (text: string) => segmentSentences(text, Number.MAX_SAFE_INTEGER);

  it('finds the same sentences a window at a time as all at once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'Dr. Smith said so. ',
              'Yes! ',
              'Why? ',
              'e.g. this, ',
              '“Quoted.” ',
              '\n\n',
              '" ',
              ') ',
              '123 ',
              '... ',
              'U.K. ',
              'para 4. ',
              '\u2029',
            ),
            fc.string({ maxLength: 12 }),
          ),
          { maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 80 }),
        (parts, windowChars) => {
          const text = parts.join('');
          expect(segmentSentences(text, windowChars)).toEqual(whole(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('segments 110,000 sentences in one paragraph quickly enough to load', () => {
    const text = 'Word word word. '.repeat(110_000);
    const spans = segmentSentences(text);
    expect(spans).toHaveLength(110_000);
    expect(spans[109_999]).toEqual({ start: 16 * 109_999, end: 16 * 109_999 + 15 });
  });
});
