import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/text/english-words.ts';

describe('isEnglishWord', () => {
  it('knows English words, British spellings and the sector’s common words', () => {
    for (const word of ['dating', 'judgement', 'organisation', 'caseloads', 'safeguarding']) {
      expect(isEnglishWord(word)).toBe(true);
    }
  });

  it('does not know typos, and ignores case', () => {
    expect(isEnglishWord('safegaurding')).toBe(false);
    expect(isEnglishWord('fostring')).toBe(false);
    expect(isEnglishWord('Dating')).toBe(true);
  });
});
