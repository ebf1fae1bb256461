import { beforeAll, describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/answer/ask-question.ts';
import { findFindings } from '../../src/answer/find-findings.ts';
import { putQuotedSourcesFirst, quotedPrimaryPassage } from '../../src/answer/quoted-sources.ts';
import { searchPassages } from '../../src/answer/search-passages.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';

let index: KnowledgeIndex;
beforeAll(async () => {
  const { knowledgeBase, problems } = await loadKnowledgeBase(fixturePath('knowledge', 'quoting'));
  expect(problems).toEqual([]);
  index = buildKnowledgeIndex(knowledgeBase);
});

const articleResult = () => {
  const result = searchPassages(index, 'sexual exploitation risk').find(
    (candidate) => candidate.docId === 'article' && candidate.excerpt.includes('inspectors wrote'),
  );
  if (!result) throw new Error('the article passage should match');
  return result;
};

describe('quotedPrimaryPassage', () => {
  it('traces a news article’s verbatim quotation to the report paragraph', () => {
    expect(quotedPrimaryPassage(index, articleResult())?.id).toBe('report#40');
  });

  it('finds nothing for a secondary passage that quotes no report', () => {
    const own = searchPassages(index, 'councillors priority').find((r) => r.docId === 'article');
    expect(own && quotedPrimaryPassage(index, own)).toBeUndefined();
  });
});

describe('putQuotedSourcesFirst', () => {
  it('adds the quoted report paragraph before the article and says what the article quotes', () => {
    const ordered = putQuotedSourcesFirst(index, [articleResult()]);
    expect(ordered.map((result) => result.passageId)).toEqual(['report#40', 'article#1']);
    expect(ordered[0]?.excerpt).toContain('Recognition of the risks to children');
    expect(ordered[1]?.caution).toBe(
      'These words quote the inspection report: Ofsted, 2 May 2023, para 40.',
    );
  });

  it('moves the report paragraph up when it ranked below the article quoting it', () => {
    const report = searchPassages(index, 'sexual exploitation risk').find(
      (result) => result.passageId === 'report#40',
    );
    if (!report) throw new Error('the report passage should match');
    const ordered = putQuotedSourcesFirst(index, [articleResult(), report]);
    expect(ordered.map((result) => result.passageId)).toEqual(['report#40', 'article#1']);
  });
});

describe('answers', () => {
  it('never lets the article outrank the report it quotes in /ask', () => {
    // "damning finding" is only in the article, so on its own words the article ranks first.
    const ids = askQuestion(index, 'damning finding on sexual exploitation risk').results.map(
      (result) => result.passageId,
    );
    expect(ids.indexOf('report#40')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('report#40')).toBeLessThan(ids.indexOf('article#1'));
  });

  it('notes the quotation on the article in /finding', () => {
    const article = findFindings(index, 'sexual exploitation').results.find(
      (result) => result.passageId === 'article#1',
    );
    expect(article?.caution).toMatch(/quote the inspection report: Ofsted, 2 May 2023, para 40/);
  });
});
