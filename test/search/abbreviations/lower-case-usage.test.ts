import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/knowledge/knowledge-document.ts';
import { lowerCaseUsage } from '../../../src/search/abbreviations/lower-case-usage.ts';

const passage = (text: string): Passage => ({
  id: 'report#1',
  docId: 'report',
  label: '1',
  paragraph: undefined,
  headingPath: [],
  text,
  start: 0,
  end: text.length,
});

describe('lowerCaseUsage', () => {
  const inLowerCase = lowerCaseUsage([
    passage('The Local Safeguarding Children Board (LSCB) met the local authority’s leaders.'),
    passage('The children’s views are heard through the multi-agency panel.'),
  ]);

  it('finds a word written in lower case, on its own, after a hyphen or with a possessive', () => {
    expect(inLowerCase('local')).toBe(true);
    expect(inLowerCase('agency')).toBe(true);
    expect(inLowerCase('children')).toBe(true);
  });

  it('does not count a capitalised use, or the word inside another', () => {
    expect(inLowerCase('safeguarding')).toBe(false);
    expect(inLowerCase('board')).toBe(false);
    expect(inLowerCase('lead')).toBe(false);
    expect(inLowerCase('')).toBe(false);
  });
});
