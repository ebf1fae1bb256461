import { describe, expect, it } from 'vitest';
import { isCommonSpokenWord } from '../../src/text/common-spoken-words.ts';

describe('isCommonSpokenWord', () => {
  it('knows the words people talk with, in any case', () => {
    for (const word of ['keep', 'hear', 'came', 'bad', 'Actually', 'WHAT', 'yeah']) {
      expect(isCommonSpokenWord(word)).toBe(true);
    }
  });

  it('does not count the words questions are about', () => {
    for (const word of ['payments', 'savings', 'supervision', 'caseloads', 'fostering']) {
      expect(isCommonSpokenWord(word)).toBe(false);
    }
  });
});
