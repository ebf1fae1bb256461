import { beforeAll, describe, expect, it } from 'vitest';
import { otherSourcesGroup } from '../../src/answer/find-findings.ts';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { loadValidKnowledge } from '../fixtures/valid-knowledge.ts';

let knowledgeBase: KnowledgeBase;
let api: QueryApi;
beforeAll(async () => {
  knowledgeBase = await loadValidKnowledge();
  api = createQueryApi(buildKnowledgeLibrary(knowledgeBase));
});

const bodyOf = (docId: string) => knowledgeBase.documentsById.get(docId)?.body ?? '';

describe('findings', () => {
  it('answers a covered topic with verbatim excerpts of the documents', () => {
    const answer = api.findings('supervision');
    expect(answer.answered).toBe(true);
    expect(answer.command).toBe('finding');
    expect(answer.results.length).toBe(3);
    for (const result of answer.results) {
      expect(result.excerpt.length).toBeGreaterThan(0);
      expect(bodyOf(result.docId)).toContain(result.excerpt);
    }
  });

  it('puts inspection reports first, grouped by inspection year oldest first, then others', () => {
    const answer = api.findings('supervision');
    expect(answer.results.map((result) => [result.group, result.passageId])).toEqual([
      ['Ofsted inspection 2012', 'ofsted-2012#14'],
      ['Ofsted inspection 2017', 'ofsted-2017#110'],
      [otherSourcesGroup, 'party-2017-09-04#1'],
    ]);
    expect(answer.summary).toBe(
      'Inspectors’ findings from 2 inspections, oldest first, then other sources.',
    );
  });

  it('says so when only other sources speak to a topic', () => {
    const answer = api.findings('blame');
    expect(answer.answered).toBe(true);
    expect(answer.results.map((result) => result.group)).toEqual([otherSourcesGroup]);
    expect(answer.summary).toBe(
      'No inspection report speaks to this; these are other sources’ accounts.',
    );
  });

  it('does not answer an off-topic question and returns no results', () => {
    const answer = api.findings('best pizza in town');
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.notice).toBe('Nothing in the sources answers “best pizza in town”.');
  });
});

describe('ask', () => {
  it('answers from the curated facts and the passages', () => {
    const answer = api.ask('who was the lead inspector?');
    expect(answer.answered).toBe(true);
    // Both the inspection's lead-inspector fact and the person's role answer this; either
    // must name her and quote the report's own sentence.
    expect(answer.results[0]?.statement).toMatch(/Jane Pollard/);
    expect(answer.results[0]?.statement).toMatch(/lead inspector/i);
    expect(answer.results[0]?.excerpt).toBe('The lead inspector was Jane Pollard.');
  });

  it('does not answer an off-topic question', () => {
    const answer = api.ask('best pizza in town');
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
  });
});

describe('ratings', () => {
  it('defaults to the latest inspection', () => {
    const answer = api.ratings();
    expect(answer.title).toBe('Exampleshire: Ratings: Ofsted inspection 2017 (SIF)');
    expect(answer.results[0]?.statement).toBe('Overall effectiveness: Inadequate');
    expect(new Set(answer.results.map((result) => result.group))).toEqual(new Set(['2017 (SIF)']));
    expect(answer.summary).toBe(
      'Single inspection framework · inspected 5 June 2017 to 29 June 2017 · lead inspector Jane Pollard',
    );
  });

  it("returns every inspection, oldest first, for 'all'", () => {
    const answer = api.ratings({ inspection: 'all' });
    expect(answer.title).toBe('Exampleshire: Ratings of every inspection');
    const ratings = answer.results.filter((result) => result.statement?.startsWith('Overall'));
    expect(ratings.map((result) => [result.group, result.statement])).toEqual([
      ['2012', 'Overall effectiveness: Adequate'],
      ['2017 (SIF)', 'Overall effectiveness: Inadequate'],
    ]);
  });

  it('finds an inspection by year', () => {
    expect(api.ratings({ inspection: '2012' }).title).toBe(
      'Exampleshire: Ratings: Ofsted inspection 2012',
    );
  });

  it('names the known inspections when none matches', () => {
    const answer = api.ratings({ inspection: '1999' });
    expect(answer.answered).toBe(false);
    expect(answer.suggestions).toEqual(['2012', '2017 (SIF)']);
  });
});

describe('what the facts settle the sources do not say', () => {
  it('says the sources do not name a lead inspector an inspection’s facts do not give', () => {
    const answer = api.ask('who was the lead inspector in 2012?');
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.notice).toBe(
      'The sources do not name the lead inspector of the Ofsted inspection 2012.',
    );
    expect(api.ask('who was the lead inspector in 2017?').answered).toBe(true);
  });
});

describe('a year the question names', () => {
  it('limits the facts to that year’s documents, as it does the passages', () => {
    const of2017 = api.ask('what was Jane Pollard’s role in 2017?');
    expect(of2017.results.some((result) => result.excerpt.includes('Jane Pollard'))).toBe(true);
    // Her role is recorded from the 2017 report: it says nothing of her in 2012.
    const of2012 = api.ask('what was Jane Pollard’s role in 2012?');
    expect(of2012.results.map((result) => result.docId)).not.toContain('ofsted-2017');
    // So does an inspection referred to: the first one here is 2012's.
    const first = api.ask('what was Jane Pollard’s role at the first inspection?');
    expect(first.results.map((result) => result.docId)).not.toContain('ofsted-2017');
  });
});

describe('person', () => {
  it('finds a person through a misspelt name', () => {
    const answer = api.person('Polard');
    expect(answer.answered).toBe(true);
    expect(answer.title).toBe('Exampleshire: Jane Pollard');
    expect(answer.results.map((result) => result.statement)).toEqual([
      'Jane Pollard: Lead inspector, Ofsted',
    ]);
    expect(bodyOf('ofsted-2017')).toContain(answer.results[0]?.excerpt);
  });

  it('finds a person by role', () => {
    expect(api.person('lead inspector').title).toBe('Exampleshire: Jane Pollard');
  });

  it('does not answer for someone not in the sources', () => {
    const answer = api.person('Zebedee Quirk');
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.suggestions).toEqual(['Jane Pollard']);
  });
});

describe('choices', () => {
  it('offers inspections latest first, then all', () => {
    expect(api.inspectionChoices('').map((choice) => choice.value)).toEqual([
      'inspection-2017',
      'inspection-2012',
      'all',
    ]);
    expect(api.inspectionChoices('')[0]?.name).toBe('Ofsted 2017 (SIF) (latest)');
  });

  it('offers people and topics by what was typed', () => {
    expect(api.personChoices('POLL')).toEqual([{ name: 'Jane Pollard', value: 'Jane Pollard' }]);
    expect(api.personChoices('zz')).toEqual([]);
    expect(api.topicChoices('sup').map((choice) => choice.value)).toContain('supervision');
  });
});
