import { beforeAll, describe, expect, it } from 'vitest';
import { describingInspection } from '../../src/answer/described-inspection.ts';
import { inspectionsInOrder } from '../../src/answer/list-ratings.ts';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import type { Inspection } from '../../src/knowledge/facts-schema.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

let api: QueryApi;
/** Each fixture report's account of the inspection before it, as the importer read it. */
let graded: { council: string; inspections: Inspection[]; year: number; grade: string };
let ungraded: { council: string; inspections: Inspection[]; year: number };
beforeAll(async () => {
  const { knowledgeBase, problems } = await loadKnowledgeBase(
    await importFixtureReports(['bath-and-north-east-somerset', 'kingston-upon-hull']),
  );
  expect(problems).toEqual([]);
  const library = buildKnowledgeLibrary(knowledgeBase);
  api = createQueryApi(library);
  const described = (id: string) => {
    const index = library.indexFor(id);
    const council = library.loaded.byId(id)?.name;
    if (!index) throw new Error(`test: the ${id} fixture report did not load`);
    const inspections = inspectionsInOrder(index);
    const previous = inspections.find((inspection) => inspection.previous?.when)?.previous;
    const year = Number(previous?.when?.match(/\d{4}/)?.[0]);
    return { council: council ?? id, inspections, year, grade: previous?.grade ?? '' };
  };
  graded = described('bath-and-north-east-somerset');
  ungraded = described('kingston-upon-hull');
  // The fixtures are chosen for this: one report grades the inspection before, one only dates it.
  expect(graded.grade).not.toBe('');
  expect(described('kingston-upon-hull').grade).toBe('');
}, 60_000);

describe('describingInspection', () => {
  it('finds the report that tells of an earlier inspection no loaded report is of', () => {
    expect(describingInspection(graded.inspections, graded.year, 'grade')).toBeDefined();
    expect(describingInspection(ungraded.inspections, ungraded.year, 'date')).toBeDefined();
  });

  it('needs a month in the account to answer the month', () => {
    const [held] = graded.inspections;
    if (!held) throw new Error('test: the fixture report did not load');
    const dated = (when: string) => {
      const copy = structuredClone(held);
      if (copy.previous) copy.previous.when = when;
      return [copy];
    };
    expect(describingInspection(dated('2015'), 2015, 'date')).toBeDefined();
    expect(describingInspection(dated('2015'), 2015, 'month')).toBeUndefined();
    expect(describingInspection(dated('March 2015'), 2015, 'month')).toBeDefined();
  });

  it('needs a grade in the account to answer a grade', () => {
    expect(describingInspection(ungraded.inspections, ungraded.year, 'grade')).toBeUndefined();
  });

  it('leaves a year a loaded report is of, and a year no report speaks of', () => {
    const [held] = graded.inspections;
    const year = Number(held?.dates?.from.slice(0, 4));
    expect(describingInspection(graded.inspections, year, 'date')).toBeUndefined();
    expect(describingInspection(graded.inspections, graded.year - 1, 'date')).toBeUndefined();
  });
});

describe('/ask about an inspection known only from the next report', () => {
  it('answers its grade with what the next report says of it', () => {
    const answer = api.ask(`What was ${graded.council} rated in ${graded.year}?`);
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.excerpt).toContain(String(graded.year));
    expect(answer.results[0]?.excerpt?.toLowerCase()).toContain(graded.grade.toLowerCase());
  });

  it('refuses an area’s grade: the account gives the overall one at most', () => {
    const answer = api.ask(`What was ${graded.council} rated for care leavers in ${graded.year}?`);
    expect(answer.answered).toBe(false);
  });

  it('says the sources give only the year when the month is asked and the account lacks it', () => {
    const answer = api.ask(`What month was ${ungraded.council} inspected in ${ungraded.year}?`);
    expect(answer.answered).toBe(false);
    expect(answer.notice).toContain(`only the year of the ${ungraded.year} inspection`);
  });

  it('refuses its grade when the next report only dates it', () => {
    const answer = api.ask(`What was ${ungraded.council} rated in ${ungraded.year}?`);
    expect(answer.answered).toBe(false);
    expect(answer.notice).toContain(`no inspection from ${ungraded.year}`);
  });
});
