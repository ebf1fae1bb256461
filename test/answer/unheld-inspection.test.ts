import { beforeAll, describe, expect, it } from 'vitest';
import { inspectionYear } from '../../src/answer/choose-inspections.ts';
import { inspectionsInOrder } from '../../src/answer/list-ratings.ts';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import { unheldInspection } from '../../src/answer/unheld-inspection.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { analyseQuestion } from '../../src/question/analyse-question.ts';
import type { KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

let index: KnowledgeIndex;
let api: QueryApi;
/** The one inspection the Leeds fixture report holds, and a year it does not. */
let held: number;
let unheld: number;
beforeAll(async () => {
  const { knowledgeBase, problems } = await loadKnowledgeBase(
    await importFixtureReports(['leeds']),
  );
  expect(problems).toEqual([]);
  const library = buildKnowledgeLibrary(knowledgeBase);
  const found = library.indexFor('leeds');
  if (!found) throw new Error('test: the Leeds fixture report did not load');
  index = found;
  api = createQueryApi(library);
  const years = inspectionsInOrder(index).map(inspectionYear);
  held = Math.max(...years);
  unheld = held + 3;
}, 60_000);

const unheldFor = (question: string) => unheldInspection(index, analyseQuestion(question));

describe('unheldInspection', () => {
  it('refuses the grades of a year no inspection is from, saying which years are held', () => {
    const found = unheldFor(`What grades did Leeds get at the ${unheld} inspection?`);
    expect(found?.refuse).toBe(true);
    expect(found?.notice).toContain(`no inspection from ${unheld}`);
    expect(found?.notice).toContain(String(held));
  });

  it('accepts the grades of a year an inspection is from', () => {
    expect(unheldFor(`What grades did Leeds get at the ${held} inspection?`)).toBeUndefined();
  });

  it('refuses the grades of an inspection after the latest, but not after an earlier year', () => {
    expect(unheldFor(`What did Leeds get at its inspection after the ${held} one?`)?.refuse).toBe(
      true,
    );
    expect(unheldFor(`What did Leeds get at its inspection after ${held - 5}?`)).toBeUndefined();
  });

  it('refuses the date of an inspection not held, but not of the one before a held year', () => {
    expect(unheldFor(`What month did Ofsted inspect Leeds in ${unheld}?`)?.refuse).toBe(true);
    expect(unheldFor(`When did Leeds get inspected again after the ${held} one?`)?.refuse).toBe(
      true,
    );
    // The held report tells of the inspection before it.
    expect(unheldFor(`When was Leeds last inspected before the ${held} one?`)).toBeUndefined();
  });

  it('lets passages that speak of the year answer anything but grades', () => {
    const found = unheldFor(`How many children were adopted in Leeds in ${unheld}?`);
    expect(found).toMatchObject({ refuse: false, year: unheld });
  });

  it('refuses what the report of a year not held said, but not how things changed since it', () => {
    expect(
      unheldFor(`In the ${unheld} Leeds inspection, what did they say about care leavers?`)?.refuse,
    ).toBe(true);
    expect(unheldFor(`Is Leeds better now than at the ${unheld} inspection?`)?.refuse).toBe(false);
  });

  it('leaves questions naming no year alone', () => {
    expect(unheldFor('What grades did Leeds get at its latest inspection?')).toBeUndefined();
  });
});

describe('/ask with an inspection the sources do not hold', () => {
  it('answers that the sources hold none, not with another year’s grades', () => {
    const answer = api.ask(`What rating did Leeds children's services get in ${unheld}?`);
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.notice).toContain(String(unheld));
  });

  it('still answers the year it holds', () => {
    expect(api.ask(`What rating did Leeds children's services get in ${held}?`).answered).toBe(
      true,
    );
  });
});
