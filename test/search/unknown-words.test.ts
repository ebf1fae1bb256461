import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { synonymTable } from '../../src/search/synonym-table.ts';
import { namesSectorTerm, unknownWordShare } from '../../src/search/unknown-words.ts';

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

describe('namesSectorTerm', () => {
  const texts = [
    'Children benefit from caseloads that are manageable.',
    'Children in care see their social workers often.',
    'Children are safe.',
    'Children who leave care are supported.',
  ];
  const synonyms = synonymTable([
    { terms: ['caseloads', 'workloads'], topicTerms: ['caseloads', 'workloads'] },
    { terms: ['children', 'kids'], topicTerms: ['children', 'kids'] },
  ]);
  const sector = buildSearchIndex(
    texts.map((text, i) => ({ id: `p${i}`, title: '', headings: '', text })),
    synonyms,
  );

  it('takes a glossary term the documents use in some passages', () => {
    expect(namesSectorTerm(sector, synonyms, 'are workloads insane and morale rubbish')).toBe(true);
  });

  it('takes no term that stands in most passages, and no plain word', () => {
    expect(namesSectorTerm(sector, synonyms, 'kids party venues and bouncy castles')).toBe(false);
    expect(namesSectorTerm(sector, synonyms, 'supervision of the garden')).toBe(false);
  });
});
