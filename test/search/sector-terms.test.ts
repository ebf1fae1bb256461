import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { namesSectorTerm } from '../../src/search/sector-terms.ts';
import { synonymTable } from '../../src/search/synonym-table.ts';

describe('namesSectorTerm', () => {
  const texts = [
    'Children benefit from caseloads that are manageable.',
    'Children in care see their social workers often.',
    'Children are safe, out of hours too.',
    'Children who leave care are supported.',
  ];
  const synonyms = synonymTable([
    { terms: ['caseloads', 'workloads'], topicTerms: ['caseloads', 'workloads'] },
    {
      terms: ['female genital mutilation', 'FGM'],
      topicTerms: ['female genital mutilation', 'FGM'],
    },
    { terms: ['children', 'kids'], topicTerms: ['children', 'kids'] },
    {
      terms: ['out of hours', 'emergency duty team'],
      topicTerms: ['out of hours', 'emergency duty team'],
    },
  ]);
  const sector = buildSearchIndex(
    texts.map((text, i) => ({ id: `p${i}`, title: '', headings: '', text })),
    synonyms,
  );

  it('takes a glossary term the documents use in some passages', () => {
    expect(namesSectorTerm(sector, synonyms, 'are workloads insane and morale rubbish')).toBe(true);
  });

  it('takes no term the documents never use', () => {
    expect(namesSectorTerm(sector, synonyms, 'fgm referrals and the weather in spain')).toBe(false);
  });

  it('takes no term of everyday words only', () => {
    expect(namesSectorTerm(sector, synonyms, 'out of hours opening times of the tip')).toBe(false);
  });

  it('takes no term that stands in most passages, and no plain word', () => {
    expect(namesSectorTerm(sector, synonyms, 'kids party venues and bouncy castles')).toBe(false);
    expect(namesSectorTerm(sector, synonyms, 'supervision of the garden')).toBe(false);
  });
});
