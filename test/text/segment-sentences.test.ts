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
