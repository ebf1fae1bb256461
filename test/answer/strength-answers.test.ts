import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import {
  namesAStrength,
  praisesHighly,
} from '../../src/knowledge/report-facts/evaluative-words.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

let api: QueryApi;
let knowledgeBase: KnowledgeBase;
beforeAll(async () => {
  const directory = await importFixtureReports([
    'bromley',
    'durham',
    'leeds',
    'telford-and-wrekin',
  ]);
  const loaded = await loadKnowledgeBase(directory);
  expect(loaded.problems).toEqual([]);
  knowledgeBase = loaded.knowledgeBase;
  api = createQueryApi(buildKnowledgeLibrary(knowledgeBase));
}, 60_000);

const isStrength = (statement: string | null | undefined) => /: a strength: /.test(statement ?? '');
/** Every strength the facts hold for a report, as its text. */
const strengthsOf = (docId: string) =>
  knowledgeBase.facts.inspections
    .filter((inspection) => inspection.report === docId)
    .flatMap((inspection) => inspection.strengths.map((strength) => strength.text));

describe('/ask for what a council is good at', () => {
  it('answers from the strengths the latest report states, in its own words', () => {
    const answer = api.ask('what is Telford and Wrekin good at?');
    const shown = answer.results.filter((result) => isStrength(result.statement));
    expect(shown.length).toBeGreaterThan(0);
    expect(isStrength(answer.results[0]?.statement)).toBe(true);
    for (const result of shown) {
      expect(strengthsOf(result.docId)).toContain(result.excerpt.replace(/\*\*/g, ''));
    }
  });

  it('takes the strengths of the inspection the question names', () => {
    const answer = api.ask('what was Bromley good at in 2016?');
    const shown = answer.results.filter((result) => isStrength(result.statement));
    expect(shown.length).toBeGreaterThan(0);
    for (const result of shown) expect(result.docId).toMatch(/2016/);
  });

  it('puts the strengths on a named topic first, and only those', () => {
    const answer = api.ask('anything positive about foster placements in Bromley in 2016?');
    const shown = answer.results.filter((result) => isStrength(result.statement));
    expect(shown.length).toBeGreaterThan(0);
    for (const result of shown) expect(result.excerpt).toMatch(/foster/i);
  });

  it('answers a topic with the strength the report names on it', () => {
    // Leeds 2018 calls its domestic abuse work "a clear strength" in the body, not the summary.
    const [first] = api.ask('what is Leeds good at - is domestic abuse work a strength?').results;
    expect(isStrength(first?.statement ?? null)).toBe(true);
    expect(first?.excerpt).toMatch(/domestic abuse/i);
  });

  it('leaves a topic no stated strength covers to the passages', () => {
    const answer = api.ask('what is Leeds good at - private fostering?');
    expect(answer.results.some((result) => isStrength(result.statement))).toBe(false);
    expect(answer.results.some((result) => /foster/i.test(result.excerpt))).toBe(true);
  });

  it('gives them all when the words left name no topic', () => {
    const answer = api.ask('what are telford and wrekin especially good at');
    expect(answer.answered).toBe(true);
    expect(answer.results.every((result) => isStrength(result.statement))).toBe(true);
  });

  it('gives the strengths named outright first, then the most highly praised', () => {
    const answer = api.ask('what is Durham good at?');
    const ranks = answer.results.map(({ excerpt }) => {
      const text = excerpt.replace(/\*\*/g, '');
      return namesAStrength(text) ? 0 : praisesHighly(text) ? 1 : 2;
    });
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The fixture report praises some practice highly and some plainly: the order is tested.
    expect(new Set(ranks).size).toBeGreaterThan(1);
  });
});
