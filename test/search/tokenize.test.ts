import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithOffsets } from '../../src/search/tokenize.ts';
import { foldText } from '../../src/text/fold-text.ts';

describe('tokenizeWithOffsets', () => {
  it('drops a possessive ’s and keeps the offsets of the whole word', () => {
    const text = 'The children’s services';
    expect(tokenizeWithOffsets(text)).toEqual([
      { word: 'the', start: 0, end: 3 },
      { word: 'children', start: 4, end: 14 },
      { word: 'services', start: 15, end: 23 },
    ]);
    expect(text.slice(4, 14)).toBe('children’s');
  });

  it("drops a straight possessive 's too, but keeps other contractions", () => {
    expect(tokenize("the council's plan isn't ready")).toEqual([
      'the',
      'council',
      'plan',
      "isn't",
      'ready',
    ]);
  });

  it('splits hyphenated words into their parts', () => {
    expect(tokenize('multi-agency out-of-hours')).toEqual([
      'multi',
      'agency',
      'out',
      'of',
      'hours',
    ]);
  });

  it('folds case and accents, and keeps digits', () => {
    expect(tokenize('Café ROLE in 2017')).toEqual(['cafe', 'role', 'in', '2017']);
  });

  it('keeps an ampersand abbreviation as one word, as a reader says it', () => {
    // "B&B" is no "b" and "b"; "B&NES" is how Bath and North East Somerset's report names it.
    expect(tokenize('care leavers in B&Bs, B&NES & Kent')).toEqual([
      'care',
      'leavers',
      'in',
      'b&bs',
      'b&nes',
      'kent',
    ]);
  });

  it('ignores punctuation and gives nothing for none', () => {
    expect(tokenize('— … ; !')).toEqual([]);
  });

  it('maps every token back to the original text', () => {
    const words = fc.constantFrom(
      'children’s',
      'multi-agency',
      'Café',
      'social',
      'workers',
      '2017',
      "isn't",
    );
    const separators = fc.constantFrom(' ', '\n', ', ', ' — ', '. ', '\u00a0');
    fc.assert(
      fc.property(fc.array(fc.tuple(words, separators), { maxLength: 12 }), (parts) => {
        const text = parts.map(([word, separator]) => `${word}${separator}`).join('');
        return tokenizeWithOffsets(text).every(
          (token) => foldText(text.slice(token.start, token.end)).replace(/'s$/, '') === token.word,
        );
      }),
    );
  });
});
