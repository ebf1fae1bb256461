import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.ts';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';
import { loadValidKnowledge } from '../fixtures/valid-knowledge.ts';

const statements = (answer: Answer) => answer.results.map((result) => result.statement);

describe('checking a claim against real reports (Bromley, Lambeth)', () => {
  let api: QueryApi;
  beforeAll(async () => {
    const { knowledgeBase, problems } = await loadKnowledgeBase(
      await importFixtureReports(['bromley', 'lambeth']),
    );
    expect(problems).toEqual([]);
    api = createQueryApi(buildKnowledgeLibrary(knowledgeBase));
  }, 60_000);

  it('agrees when the inspection the claim names gave that grade', () => {
    const answer = api.check('Bromley was inadequate in 2016');
    expect(answer.council?.id).toBe('bromley');
    expect(answer.verdict).toMatchObject({
      kind: 'agrees',
      claimedGrade: { grade: 'Inadequate', negated: false },
      inspections: ['Bromley 2016 (SIF)'],
      judgements: [{ judgement: 'Overall effectiveness', grade: 'Inadequate', matches: true }],
    });
    expect(statements(answer)).toEqual(['Overall effectiveness: Inadequate']);
    expect(answer.results[0]?.excerpt).toBe('Children’s services in Bromley are inadequate');
    // Agreeing with the overall grade is not agreeing with "across the board".
    expect(answer.verdict?.says).toMatch(
      /as the claim says\. Not every judgement was: Local Safeguarding Children Board \(review\): Requires improvement\.$/,
    );
  });

  it('differs, naming only the judgements that do not match, for "across the board"', () => {
    const answer = api.check('Bromley was inadequate across the board in 2016');
    expect(answer.verdict?.kind).toBe('differs');
    expect(answer.verdict?.judgements).toHaveLength(7);
    expect(answer.verdict?.judgements.filter((judgement) => !judgement.matches)).toEqual([
      expect.objectContaining({
        judgement: 'Local Safeguarding Children Board (review)',
        grade: 'Requires improvement',
      }),
    ]);
    expect(answer.verdict?.says).toMatch(
      /^1 of the 7 graded judgements .* was not Inadequate: Local Safeguarding Children Board \(review\): Requires improvement\.$/,
    );
    // The judgement that contradicts the claim comes first, quoted and cited.
    expect(statements(answer)[0]).toBe(
      'Local Safeguarding Children Board (review): Requires improvement',
    );
    expect(answer.results[0]?.docId).toBe('bromley-ofsted-2016-06-27');
  });

  it('reads "still" and the present tense as the latest inspection', () => {
    const answer = api.check('Bromley is still inadequate');
    expect(answer.verdict).toMatchObject({
      kind: 'differs',
      inspections: ['Bromley 2023 (ILACS short)'],
      judgements: [{ grade: 'Outstanding', matches: false }],
    });
  });

  it('compares a claim about one area with that area’s judgement only', () => {
    const answer = api.check('care leavers in Bromley were failed in 2016');
    expect(answer.verdict?.kind).toBe('agrees');
    expect(answer.verdict?.judgements.map((judgement) => judgement.judgement)).toEqual([
      'The experiences and progress of care leavers',
    ]);
  });

  it('takes a "requires improvement" claim as the whole family of that grade', () => {
    const answer = api.check("Lambeth's children's services require improvement", {
      defaultCouncil: 'bromley',
    });
    expect(answer.council?.id).toBe('lambeth');
    expect(answer.verdict?.kind).toBe('agrees');
    expect(statements(answer)).toEqual(['Overall effectiveness: Requires improvement to be good']);
  });

  it('answers a topic claim with each inspection’s strongest finding, not a guess', () => {
    const answer = api.check('social workers in Bromley had high caseloads');
    expect(answer.verdict).toMatchObject({ kind: 'see-findings', claimedGrade: null });
    expect(answer.results.map((result) => result.group)).toEqual([
      'What the report says: Ofsted Bromley 2016 (SIF)',
      'What the report says: Ofsted Bromley 2023 (ILACS short)',
    ]);
    expect(answer.results.every((result) => result.kind === 'inspection-report')).toBe(true);
  });

  it('lists what changed judgement by judgement, oldest first', () => {
    const answer = api.changes('', { council: 'Bromley' });
    const overall = answer.changes?.find((change) => change.area === 'Overall effectiveness');
    expect(
      overall?.steps.map(({ grade, year, direction }) => ({ grade, year, direction })),
    ).toEqual([
      { grade: 'Inadequate', year: '2016', direction: 'first' },
      { grade: 'Outstanding', year: '2023', direction: 'up' },
    ]);
  });

  it('sets each inspection’s strongest finding on a topic side by side, oldest first', () => {
    const answer = api.changes('caseloads', { council: 'Bromley' });
    expect(answer.results.slice(0, 2).map((result) => result.group)).toEqual([
      'What the report says: Ofsted Bromley 2016 (SIF)',
      'What the report says: Ofsted Bromley 2023 (ILACS short)',
    ]);
    expect(answer.results[0]?.excerpt).toMatch(/caseloads/i);
  });
});

describe('checking a claim against the bundled-independent fixture (Exampleshire)', () => {
  let api: QueryApi;
  beforeAll(async () => {
    api = createQueryApi(buildKnowledgeLibrary(await loadValidKnowledge()));
  });

  it('agrees with the grade the inspection gave', () => {
    expect(api.check('Exampleshire was inadequate in 2017').verdict?.kind).toBe('agrees');
    expect(api.check('the service is still inadequate').verdict?.kind).toBe('agrees');
  });

  it('differs from a grade the inspection did not give, and from a denied one it did', () => {
    const good = api.check('Exampleshire was good in 2017');
    expect(good.verdict?.kind).toBe('differs');
    expect(good.verdict?.says).toBe(
      'Ofsted’s 2017 (SIF) inspection judged overall effectiveness Inadequate, not Good.',
    );
    const denied = api.check('Exampleshire is no longer inadequate');
    expect(denied.verdict).toMatchObject({
      kind: 'differs',
      claimedGrade: { grade: 'Inadequate', negated: true },
    });
  });

  it('is silent about an inspection the sources do not have, and says which they have', () => {
    const answer = api.check('Exampleshire was inadequate in 2019');
    expect(answer.answered).toBe(false);
    expect(answer.verdict?.kind).toBe('silent');
    expect(answer.notice).toMatch(/inspections: 2012, 2017 \(SIF\)/);
    expect(answer.results).toEqual([]);
  });

  it('is silent when nothing in the sources speaks to the claim', () => {
    const answer = api.check('the pizza in the town hall canteen is great');
    expect(answer.verdict?.kind).toBe('silent');
    expect(answer.results).toEqual([]);
  });

  it('answers a topic claim with the report’s own words, labelled as what it says', () => {
    const answer = api.check('social workers were not supervised in 2017');
    expect(answer.verdict?.kind).toBe('see-findings');
    expect(answer.results[0]?.group).toBe('What the report says: Ofsted 2017 (SIF)');
    expect(answer.results[0]?.excerpt).toMatch(/^Supervision of social workers is infrequent/);
  });

  it('marks a change from the pre-2013 scale as not comparable', () => {
    const overall = api.changes().changes?.[0];
    expect(overall?.steps.map((step) => step.direction)).toEqual(['first', 'not comparable']);
  });
});
