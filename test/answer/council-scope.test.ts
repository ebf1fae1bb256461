import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

let api: QueryApi;
let documentsOf: (docId: string) => string | undefined;
beforeAll(async () => {
  const directory = await importFixtureReports(['bromley', 'kingston-upon-hull', 'lambeth']);
  const { knowledgeBase, problems } = await loadKnowledgeBase(directory);
  expect(problems).toEqual([]);
  documentsOf = (docId) => knowledgeBase.documentsById.get(docId)?.meta.council?.id;
  const catalogue = {
    councils: [
      { id: 'sutton', name: 'Sutton' },
      { id: 'cheshire-east', name: 'Cheshire East' },
    ],
    shortForms: new Map<string, string>(),
  };
  api = createQueryApi(buildKnowledgeLibrary(knowledgeBase, { catalogue }));
}, 60_000);

/** Every council the results of an answer quote. */
const quotedCouncils = (answer: ReturnType<QueryApi['findings']>) =>
  new Set(answer.results.map((result) => documentsOf(result.docId)));

describe('answers scoped to one council', () => {
  it('answers from the council option alone, and names it', () => {
    const answer = api.findings('supervision', { council: 'Hull' });
    expect(answer.answered).toBe(true);
    expect(answer.council).toEqual({ id: 'kingston-upon-hull', name: 'Kingston upon Hull' });
    expect(answer.title).toMatch(/^Kingston upon Hull: /);
    expect(quotedCouncils(answer)).toEqual(new Set(['kingston-upon-hull']));
  });

  it('takes the council a question names over the server default', () => {
    const answer = api.ask("How did Ofsted rate Lambeth's children's services?", {
      defaultCouncil: 'bromley',
    });
    expect(answer.council?.id).toBe('lambeth');
    expect(quotedCouncils(answer)).toEqual(new Set(['lambeth']));
    expect(answer.results[0]?.statement).toMatch(
      /^Overall effectiveness: Requires improvement to be good/,
    );
  });

  it('falls back to the server default when nothing names a council', () => {
    const answer = api.findings('care leavers', { defaultCouncil: 'bromley' });
    expect(answer.council?.id).toBe('bromley');
    expect(quotedCouncils(answer)).toEqual(new Set(['bromley']));
  });

  it('asks which council when several are loaded and nothing says which', () => {
    const answer = api.findings('supervision');
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.notice).toMatch(
      /Which council do you mean\?.*Loaded: Bromley, Kingston upon Hull, Lambeth\./,
    );
  });

  it('offers a loaded council a question misspells, and answers from none', () => {
    const answer = api.ask('lambth ofsted rating');
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.notice).toMatch(/^Which council do you mean\? Did you mean Lambeth\?/);
    expect(answer.suggestions).toEqual(['Lambeth']);
  });

  it('refuses a council it knows but has not loaded, by name, with no other council’s answer', () => {
    for (const answer of [
      api.ask('How did Ofsted rate Sutton?', { defaultCouncil: 'bromley' }),
      api.ratings({}, { council: 'Sutton' }),
    ]) {
      expect(answer.answered).toBe(false);
      expect(answer.results).toEqual([]);
      expect(answer.notice).toMatch(
        /^Sutton’s reports are not loaded.*Loaded: Bromley, Kingston upon Hull, Lambeth\./,
      );
    }
  });

  it('refuses a place named as a council it does not know, not answering from the default', () => {
    const answer = api.ask("How did Cardiff's children's services do?", {
      defaultCouncil: 'bromley',
    });
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.notice).toMatch(/^No council called “Cardiff” is known\./);
  });

  it('offers a loaded council misspelt where a council goes, even with a default', () => {
    const answer = api.ask('How did Lambth children’s services do?', { defaultCouncil: 'bromley' });
    expect(answer.answered).toBe(false);
    expect(answer.suggestions).toEqual(['Lambeth']);
  });

  it('reads a council before a family word as the council, not a family', () => {
    const answer = api.ask('What do the Bromley children say about their social workers?', {
      defaultCouncil: 'bromley',
    });
    expect(answer.answered).toBe(true);
  });

  it('refuses a place named as a council even in capitals ("Cardiff Council")', () => {
    const answer = api.ask('How did Cardiff Council do?', { defaultCouncil: 'bromley' });
    expect(answer.answered).toBe(false);
    expect(answer.notice).toMatch(/^No council called “Cardiff” is known\./);
  });

  it('takes a name its documents use for no stranger: a person’s or a publisher’s', () => {
    const answer = api.ask('what did Ofsted’s report say about Bromley council', {
      defaultCouncil: 'bromley',
    });
    expect(answer.answered).toBe(true);
  });

  it('refuses a council name it cannot place, with near names to choose from', () => {
    const answer = api.timeline({ council: 'Lambert' });
    expect(answer.answered).toBe(false);
    expect(answer.suggestions).toEqual(['Lambeth']);
  });

  it('offers loaded councils for autocomplete, aliases included', () => {
    expect(api.councilChoices('upon').map((choice) => choice.name)).toEqual(['Kingston upon Hull']);
    expect(api.councilChoices('hull')).toEqual([
      { name: 'Kingston upon Hull', value: 'kingston-upon-hull' },
    ]);
    // Names that start with what was typed come before names that only contain it.
    expect(api.councilChoices('b').map((choice) => choice.name)).toEqual(['Bromley', 'Lambeth']);
  });

  it('finds a report’s lead inspector with /who in that council', () => {
    const answer = api.person('lead inspector', { council: 'Bromley' });
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.excerpt).toMatch(/^Lead inspector: /);
  });
});

describe('what is current', () => {
  it('marks a finding a later inspection superseded with that inspection’s overall grade', () => {
    const answer = api.findings('care leavers', { council: 'Bromley' });
    const older = answer.results.filter((result) => result.docId === 'bromley-ofsted-2016-06-27');
    const latest = answer.results.filter((result) => result.docId === 'bromley-ofsted-2024-01-12');
    expect(older.length).toBeGreaterThan(0);
    for (const result of older) {
      expect(result.later).toEqual({
        publisher: 'Ofsted',
        published: '2024-01-12',
        overall: 'Outstanding',
        url: 'https://files.ofsted.gov.uk/v1/file/50237004',
      });
    }
    for (const result of latest) expect(result.later).toBeUndefined();
  });
});

describe('/rating across councils', () => {
  it('returns every judgement as data, each quoting the words that give its grade', () => {
    const answer = api.ratings({}, { council: 'Bromley' });
    expect(answer.ratings?.length).toBeGreaterThan(3);
    for (const rating of answer.ratings ?? []) {
      expect(rating.council).toEqual({ id: 'bromley', name: 'Bromley' });
      expect(rating.docId).toBe('bromley-ofsted-2024-01-12');
      expect(rating.quote.toLowerCase()).toContain(rating.grade.toLowerCase());
      expect(rating.published).toBe('2024-01-12');
    }
  });

  it('reads each judgement’s history oldest first across a change of framework', () => {
    const answer = api.ratings({ inspection: 'all' }, { council: 'Bromley' });
    const years = [...new Set(answer.ratings?.map((rating) => rating.inspected?.to.slice(0, 4)))];
    expect(years).toEqual(['2016', '2023']);
    expect(answer.summary).toMatch(
      /\nOverall effectiveness: Inadequate \(2016\) → Outstanding \(2023\)/,
    );
  });

  it('sets two councils side by side, each result labelled with its council', () => {
    const answer = api.ratings({ compareWith: 'Lambeth' }, { council: 'Bromley' });
    expect(answer.title).toBe('Ratings: Bromley and Lambeth side by side');
    expect(new Set(answer.ratings?.map((rating) => rating.council.id))).toEqual(
      new Set(['bromley', 'lambeth']),
    );
    expect(answer.summary).toMatch(
      /Overall effectiveness: Bromley Outstanding \(2023\) · Lambeth Requires improvement to be good \(2022\)/,
    );
    for (const result of answer.results) expect(result.group).toMatch(/^(Bromley|Lambeth)/);
  });

  it('answers a question naming two loaded councils from each, alternating on the first page', () => {
    const answer = api.ask('care leavers in Hull vs Lambeth, who does better');
    expect(answer.answered).toBe(true);
    expect(answer.title).toBe(
      'Kingston upon Hull and Lambeth: “care leavers in Hull vs Lambeth, who does better”',
    );
    const firstPage = answer.results.slice(0, 4).map((result) => documentsOf(result.docId));
    expect(firstPage).toEqual(['kingston-upon-hull', 'lambeth', 'kingston-upon-hull', 'lambeth']);
    for (const result of answer.results) expect(result.excerpt).not.toBe('');
  });

  it('finds a topic in each council a /finding names', () => {
    const answer = api.findings('supervision in Bromley and Lambeth');
    expect(quotedCouncils(answer)).toEqual(new Set(['bromley', 'lambeth']));
    expect(answer.title).toBe(
      'Bromley and Lambeth: Findings on “supervision in Bromley and Lambeth”',
    );
  });

  it('still refuses the whole question when one council it names is not loaded', () => {
    const answer = api.ask('care leavers in Hull vs Sutton');
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.notice).toMatch(/^Sutton’s reports are not loaded/);
  });

  it('takes two capitals for a loaded council’s initials, not for one it has not loaded', () => {
    // "CE" is Cheshire East's initials and the sector's child exploitation.
    const answer = api.ask('how does Lambeth deal with CE and CSE');
    expect(answer.council?.id).toBe('lambeth');
    expect(answer.notice ?? '').not.toMatch(/Cheshire East/);
  });

  it('says when a question names councils it answers for one only', () => {
    const chosen = api.ask('care leavers in Hull vs Lambeth', { council: 'Bromley' });
    expect(chosen.council?.id).toBe('bromley');
    expect(chosen.notice).toMatch(
      /This answer is about Bromley only; ask again about Kingston upon Hull or Lambeth\.$/,
    );
    const oneAtATime = api.changes('supervision in Hull and Lambeth');
    expect(oneAtATime.notice).toMatch(/about Kingston upon Hull only; ask again about Lambeth\.$/);
  });
});
