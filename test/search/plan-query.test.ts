import { describe, expect, it } from 'vitest';
import { maxConcepts, planQuery as planWith } from '../../src/search/plan-query.ts';
import { noSynonyms, synonymTable } from '../../src/search/synonym-table.ts';
import { testSynonyms } from '../fixtures/test-synonyms.ts';

const synonyms = testSynonyms();
const planQuery = (query: string) => planWith(query, synonyms);

describe('planQuery', () => {
  it('recognises "LAC" as the looked-after synonym group', () => {
    const [concept, ...rest] = planQuery('LAC');
    expect(rest).toEqual([]);
    expect(concept?.label).toBe('LAC');
    expect(concept?.alternatives[0]).toBe('LAC');
    expect(concept?.alternatives).toEqual(
      expect.arrayContaining([
        'looked after children',
        'children looked after',
        'children in care',
      ]),
    );
    expect(concept?.alternatives).toHaveLength(6);
  });

  it('recognises "looked after children" as one concept', () => {
    const concepts = planQuery('what about looked after children?');
    expect(concepts.map((concept) => concept.label)).toEqual(['looked after children']);
    expect(concepts[0]?.alternatives).toContain('LAC');
  });

  it('recognises a phrasing in another inflection, by its stems', () => {
    const [concept, ...rest] = planQuery('looked after child');
    expect(rest).toEqual([]);
    expect(concept?.alternatives).toEqual(expect.arrayContaining(['LAC', 'children in care']));
  });

  it('stores the content words of each phrasing as index terms', () => {
    const [concept] = planQuery('children in care');
    const index = concept?.alternatives.indexOf('children in care') ?? -1;
    expect(concept?.words[index]).toEqual([['child', 'children'], ['care']]);
  });

  it('keeps plain words as their own concepts, without stop words', () => {
    const concepts = planQuery('What did Ofsted say about supervision?');
    expect(concepts.map((concept) => [concept.label, concept.alternatives])).toEqual([
      ['ofsted', ['ofsted']],
      ['supervision', ['supervision']],
    ]);
    expect(concepts[1]?.words).toEqual([[['supervis', 'supervision']]]);
  });

  it('gives no concepts for a query of stop words only', () => {
    expect(planQuery('what did they say about it?')).toEqual([]);
    expect(planQuery('')).toEqual([]);
  });

  it('counts a repeated word once', () => {
    expect(planQuery('caseloads caseloads').map((concept) => concept.label)).toEqual(['caseloads']);
  });

  it('stops at maxConcepts concepts', () => {
    const words = Array.from({ length: maxConcepts + 5 }, (_, i) => `topic${i}`);
    expect(planQuery(words.join(' '))).toHaveLength(maxConcepts);
  });

  it('knows only the synonyms it is given', () => {
    const [concept] = planWith('LAC', noSynonyms);
    expect(concept?.alternatives).toEqual(['lac']);
  });

  it('prefers the phrasing written as typed to another that only shares its stem', () => {
    const table = synonymTable([
      { terms: ['rating', 'judged'], topicTerms: [] },
      { terms: ['judiciary', 'judges'], topicTerms: [] },
    ]);
    expect(planWith('judges', table)[0]?.alternatives).toEqual(['judges', 'judiciary']);
    expect(planWith('judged', table)[0]?.alternatives).toEqual(['judged', 'rating']);
    // Without a phrasing as typed, the stem still names one: "judging" → the ratings'.
    expect(planWith('judging', table)[0]?.alternatives).toEqual(['judged', 'rating']);
  });
});
