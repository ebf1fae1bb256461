import { beforeAll, describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/answer/ask-question.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

/** Telford and Wrekin's 2020 report, whose text never prints its publisher's name. */
let telford: KnowledgeIndex;
beforeAll(async () => {
  const directory = await importFixtureReports(['telford-and-wrekin']);
  const { knowledgeBase } = await loadKnowledgeBase(directory);
  telford = buildKnowledgeIndex(knowledgeBase);
});

describe('askQuestion: the words a question is judged by', () => {
  it('does not count the inspectorate’s name as a word the sources lack', () => {
    const answer = askQuestion(telford, 'what did ofsted say about neglect?');
    expect(answer.notice ?? '').not.toContain('does not look like a question');
    expect(answer.results[0]?.excerpt).toMatch(/neglect/i);
  });
});

describe('askQuestion: a finding on a topic', () => {
  const inspectionDetail =
    /lead inspector|inspectors on site|previous inspection|report published|: (Inadequate|Requires improvement|Good|Outstanding)/;

  it('is not padded with when the inspection was, who led it or its grades', () => {
    const answer = askQuestion(
      telford,
      'inspectors found problems with neglect in 2020 - did the council do anything about neglect',
    );
    expect(answer.answered).toBe(true);
    const details = answer.results.filter((result) =>
      inspectionDetail.test(result.statement ?? ''),
    );
    expect(details).toEqual([]);
  });

  it('keeps the grade of the area it is about', () => {
    const answer = askQuestion(telford, 'how are care leavers getting on in telford');
    expect(answer.results.some((result) => /care leavers: /i.test(result.statement ?? ''))).toBe(
      true,
    );
  });

  it('still gives the grades when it names one', () => {
    const answer = askQuestion(
      telford,
      'heard telford got outstanding for children’s services, is that right',
    );
    expect(answer.results.some((result) => inspectionDetail.test(result.statement ?? ''))).toBe(
      true,
    );
  });
});

describe('askQuestion: a name asked of a role', () => {
  /** Durham's 2025 report, which names its lead inspector and no director. */
  let durham: KnowledgeIndex;
  beforeAll(async () => {
    const directory = await importFixtureReports(['durham']);
    durham = buildKnowledgeIndex((await loadKnowledgeBase(directory)).knowledgeBase);
  });
  /** Any name shown: Durham's report names its lead inspector, and no director. */
  const namesSomeone = (answer: ReturnType<typeof askQuestion>) =>
    answer.results.some((result) =>
      /lead inspector|Next Venture Fund/i.test(`${result.statement} ${result.excerpt}`),
    );

  it('is not answered by a name that is no one’s, or someone else’s', () => {
    expect(
      namesSomeone(askQuestion(durham, 'whats the name of the director at durham council')),
    ).toBe(false);
  });

  it('is not answered by whoever the year matched', () => {
    expect(namesSomeone(askQuestion(durham, 'who was the director in 2025 - name?'))).toBe(false);
    // The lead inspector is still found by role.
    expect(namesSomeone(askQuestion(durham, 'who was the lead inspector in 2025?'))).toBe(true);
  });
});

describe('askQuestion: a year in a question about a topic', () => {
  let durham: KnowledgeIndex;
  beforeAll(async () => {
    const directory = await importFixtureReports(['durham']);
    durham = buildKnowledgeIndex((await loadKnowledgeBase(directory)).knowledgeBase);
  });

  it('picks the inspection, and matches none of its facts on its own', () => {
    const answer = askQuestion(durham, 'what about exploitation in 2025');
    expect(answer.answered).toBe(true);
    const matchedOnlyTheYear = answer.results.filter((result) => result.highlights.length === 0);
    expect(matchedOnlyTheYear.map((result) => result.statement)).toEqual([]);
  });
});
