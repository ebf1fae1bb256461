import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

let api: QueryApi;
let knowledgeBase: KnowledgeBase;
beforeAll(async () => {
  const directory = await importFixtureReports(['bromley', 'kingston-upon-hull']);
  const loaded = await loadKnowledgeBase(directory);
  expect(loaded.problems).toEqual([]);
  knowledgeBase = loaded.knowledgeBase;
  api = createQueryApi(buildKnowledgeLibrary(knowledgeBase));
}, 60_000);

const plain = (excerpt: string) => excerpt.replace(/\*\*/g, '');
const isHeadline = (statement: string | null | undefined) =>
  /^(Overall effectiveness|Children’s services in .* are)/.test(statement ?? '');

describe('/ask for a comparison between inspections', () => {
  it('opens with each inspection’s headline grade, oldest first', () => {
    const answer = api.ask('has Bromley improved since 2016?');
    const [first, second] = answer.results;
    expect(isHeadline(first?.statement)).toBe(true);
    expect(isHeadline(second?.statement)).toBe(true);
    expect(first?.docId).toMatch(/2016/);
    expect(second?.docId).toMatch(/2024/);
  });

  it('answers a change in an area’s grade with that area’s grades first', () => {
    const answer = api.ask(
      'did the care leavers judgement go up or down in bromley from 2016 to 2024',
    );
    const [first, second] = answer.results;
    expect(first?.statement).toMatch(/care leavers: Inadequate/);
    expect(second?.statement).toMatch(/care leavers: Outstanding/);
  });

  it('then quotes what the later report’s summary says about change since its last inspection', () => {
    const answer = api.ask('is Bromley better than last time?');
    const said = answer.results.filter((result) =>
      result.group?.startsWith('What the report says'),
    );
    expect(said.length).toBeGreaterThan(0);
    const report = knowledgeBase.documentsById.get(said[0]?.docId ?? '');
    for (const result of said) {
      expect(result.excerpt).toMatch(/\b(last|previous)\b.*\binspection\b/i);
      expect(report?.body.includes(plain(result.excerpt))).toBe(true);
    }
  });

  it('with only one report loaded, gives its grade and its own account of the change', () => {
    const answer = api.ask('has hull got better or worse since the 2015 inspection?');
    expect(isHeadline(answer.results[0]?.statement)).toBe(true);
    expect(
      answer.results
        .slice(0, 4)
        .some((result) => /since the last inspection in 2015/i.test(result.excerpt)),
    ).toBe(true);
  });

  it('on a topic, puts each inspection’s strongest findings on it first, the latest first', () => {
    const answer = api.ask('how does Bromley in 2024 compare with 2016 for foster carers?');
    const findings = answer.results.filter((result) =>
      result.group?.startsWith('What the report says'),
    );
    expect(answer.results[0]?.group).toMatch(/^What the report says/);
    const years = findings.map((result) => (result.docId.includes('2024') ? 2024 : 2016));
    expect(years[0]).toBe(2024);
    expect(years).toContain(2016);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(findings.length).toBeLessThanOrEqual(4);
    expect(answer.results.some((result) => isHeadline(result.statement))).toBe(true);
  });

  it('of a report’s findings on the topic, gives first those that say how it changed', () => {
    const answer = api.ask("How have bromley's leaders changed between the 2016 and 2024 reports?");
    const first2016 = answer.results.find(
      (result) => result.group?.startsWith('What the report says') && result.docId.includes('2016'),
    );
    expect(first2016?.excerpt).toMatch(/deterioration/);
  });
});
