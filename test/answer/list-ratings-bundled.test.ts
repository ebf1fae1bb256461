import { beforeAll, describe, expect, it } from 'vitest';
import { listRatings } from '../../src/answer/list-ratings.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../../src/search/knowledge-index.ts';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = buildKnowledgeIndex((await loadKnowledgeBase('knowledge')).knowledgeBase);
});

describe('listRatings on the bundled knowledge', () => {
  it('lists every 2017 judgement, the two "requires improvement" grades included', () => {
    const statements = listRatings(index, '2017').results.map((result) => result.statement);
    expect(statements).toContain('Overall effectiveness: Inadequate');
    expect(statements).toContain('Adoption performance: Requires improvement');
    expect(statements).toContain(
      'The experiences and progress of care leavers: Requires improvement',
    );
  });

  it('says the "not across the board" caution once, not under every judgement', () => {
    const cautions = listRatings(index, '2017').results.filter((result) =>
      result.caution?.includes('across the board'),
    );
    expect(cautions).toHaveLength(1);
  });

  it('defaults to the 2024 inspection and shows each inspection with "all"', () => {
    expect(listRatings(index).title).toContain('2024');
    const groups = new Set(listRatings(index, 'all').results.map((result) => result.group));
    expect([...groups]).toEqual([
      '2012 (older framework)',
      '2017 (SIF)',
      '2020 (ILACS)',
      '2024 (ILACS)',
    ]);
  });
});
