import { beforeAll, describe, expect, it } from 'vitest';
import type { CitedResult } from '../../src/answer/answer.ts';
import { adviceFactWeight, diversify, searchPassages } from '../../src/answer/search-passages.ts';
import type { KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { citedResult } from '../fixtures/cited-result.ts';
import { buildValidIndex } from '../fixtures/valid-knowledge.ts';

/** A result from one document with one excerpt; the rest does not matter to diversify. */
const result = (docId: string, excerpt: string) =>
  citedResult({ docId, excerpt, passageId: null, paragraph: null, title: docId });

const label = (results: CitedResult[]) => results.map((r) => `${r.docId}:${r.excerpt}`);

describe('diversify', () => {
  it('lets no document take more than two of the first places', () => {
    const ranked = [result('a', '1'), result('a', '2'), result('a', '3'), result('b', '4')];
    expect(label(diversify(ranked))).toEqual(['a:1', 'a:2', 'b:4', 'a:3']);
  });

  it('takes the cap as a parameter', () => {
    const ranked = [result('a', '1'), result('a', '2'), result('b', '3'), result('b', '4')];
    expect(label(diversify(ranked, 1))).toEqual(['a:1', 'b:3', 'a:2', 'b:4']);
  });

  it('keeps the order when no document is over the cap', () => {
    const ranked = [result('a', '1'), result('b', '2'), result('a', '3')];
    expect(label(diversify(ranked))).toEqual(['a:1', 'b:2', 'a:3']);
  });

  it('drops an excerpt identical to an earlier one, ignoring case and whitespace', () => {
    const ranked = [
      result('a', 'Supervision is rare.'),
      result('b', 'supervision  is\nrare. '),
      result('b', 'Supervision is common.'),
    ];
    expect(label(diversify(ranked))).toEqual([
      'a:Supervision is rare.',
      'b:Supervision is common.',
    ]);
  });
});

describe('searchPassages', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await buildValidIndex();
  });

  it('cites every passage that mentions the topic, primary sources first', () => {
    const results = searchPassages(index, 'supervision');
    expect(results.map((r) => r.passageId).sort()).toEqual([
      'ofsted-2012#14',
      'ofsted-2017#110',
      'party-2017-09-04#1',
    ]);
    expect(results.at(-1)?.kind).toBe('political-press-release');
  });

  it('marks the matched words in each excerpt', () => {
    const [first] = searchPassages(index, 'caseloads');
    expect(first?.passageId).toBe('ofsted-2017#111');
    expect(first?.highlights).toEqual([[0, 9]]);
  });

  it('keeps to the year a question names when the council has documents from it', () => {
    const results = searchPassages(index, 'supervision in 2012');
    expect(results.map((r) => r.passageId)).toEqual(['ofsted-2012#14']);
  });

  it('takes a year that bounds a span ("since 2012") as a lean, not a limit', () => {
    const results = searchPassages(index, 'supervision since 2012');
    expect(results.map((r) => r.passageId)).toContain('ofsted-2017#110');
  });

  it('still answers from every year when the year named is one it has nothing from', () => {
    const results = searchPassages(index, 'supervision in 2009');
    expect(results.map((r) => r.passageId).sort()).toContain('ofsted-2017#110');
  });

  it('finds nothing for a topic the sources do not cover', () => {
    expect(searchPassages(index, 'pizza')).toEqual([]);
  });
});

describe('adviceFactWeight', () => {
  it('weighs a "needs to improve" item below a finding when the question wants a finding', () => {
    expect(adviceFactWeight('improvement', 'finding')).toBeLessThan(1);
    expect(adviceFactWeight('improvement', 'consequence')).toBeLessThan(1);
  });

  it('leaves it whole when the question asks what must improve', () => {
    expect(adviceFactWeight('improvement', 'improvements')).toBe(1);
  });

  it('leaves every other kind of fact whole', () => {
    expect(adviceFactWeight('rating', 'finding')).toBe(1);
    expect(adviceFactWeight('person', 'finding')).toBe(1);
  });
});
