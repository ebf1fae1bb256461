import { beforeAll, describe, expect, it } from 'vitest';
import { findInspection, inspectionsInOrder, listRatings } from '../../src/answer/list-ratings.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { loadValidKnowledge } from '../fixtures/valid-knowledge.ts';

let knowledgeBase: KnowledgeBase;
let index: KnowledgeIndex;
beforeAll(async () => {
  knowledgeBase = await loadValidKnowledge();
  index = buildKnowledgeIndex(knowledgeBase);
});

/** The valid fixture with the 2012 inspection stripped of its dates (known only by citation). */
function withUndated2012(): KnowledgeIndex {
  const inspections = knowledgeBase.facts.inspections.map((inspection) => {
    if (inspection.id !== 'inspection-2012') return inspection;
    const { published: _published, ...undated } = inspection;
    return undated;
  });
  return buildKnowledgeIndex({ ...knowledgeBase, facts: { ...knowledgeBase.facts, inspections } });
}

describe('inspectionsInOrder', () => {
  it('orders inspections oldest first by fieldwork or publication date', () => {
    expect(inspectionsInOrder(index).map((inspection) => inspection.id)).toEqual([
      'inspection-2012',
      'inspection-2017',
    ]);
  });

  // Regression test (was a bug): an inspection with neither dates nor a published date is ordered by its id ("inspection-2012"), which sorts after every ISO date ("2017-06-29"), so an old inspection known only from citations (like the 2012 one in knowledge/facts.yaml) becomes the "latest": /rating shows it by default and autocomplete labels it "(latest)".
  it('keeps an undated older inspection before a dated newer one', () => {
    expect(inspectionsInOrder(withUndated2012()).map((inspection) => inspection.id)).toEqual([
      'inspection-2012',
      'inspection-2017',
    ]);
  });

  it('still defaults /rating to the newest inspection when an older one is undated', () => {
    expect(listRatings(withUndated2012()).title).toBe('Ratings: Ofsted inspection 2017 (SIF)');
  });
});

describe('findInspection', () => {
  it('finds by id, by name, and by year', () => {
    expect(findInspection(index, 'inspection-2017')?.id).toBe('inspection-2017');
    expect(findInspection(index, '2017 (SIF)')?.id).toBe('inspection-2017');
    expect(findInspection(index, 'sif')?.id).toBe('inspection-2017');
    expect(findInspection(index, '2012')?.id).toBe('inspection-2012');
  });

  it('finds nothing for an inspection that is not there', () => {
    expect(findInspection(index, '2020')).toBeUndefined();
  });
});
