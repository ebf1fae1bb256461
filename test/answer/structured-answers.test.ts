import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryApi, type QueryApi } from '../../src/answer/query-api.ts';
import { structuredAnswers } from '../../src/answer/structured-answers.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { analyseQuestion } from '../../src/question/analyse-question.ts';
import {
  buildKnowledgeLibrary,
  type KnowledgeLibrary,
} from '../../src/search/knowledge-library.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

let api: QueryApi;
let library: KnowledgeLibrary;
beforeAll(async () => {
  const directory = await importFixtureReports(['bromley', 'durham', 'leeds']);
  // The signpost is a document like any other; these tests bring the bundled one along.
  await copyFile(
    'knowledge/safeguarding-signpost.md',
    path.join(directory, 'safeguarding-signpost.md'),
  );
  const { knowledgeBase, problems } = await loadKnowledgeBase(directory);
  expect(problems).toEqual([]);
  library = buildKnowledgeLibrary(knowledgeBase);
  api = createQueryApi(library);
}, 60_000);

const statements = (answer: ReturnType<QueryApi['ask']>) =>
  answer.results.map((result) => result.statement ?? result.excerpt);

describe('/ask answered from the reports’ structure', () => {
  it('puts the headline grade first for "how was it rated"', () => {
    const answer = api.ask('How did Ofsted rate Bromley in 2016?');
    expect(statements(answer)[0]).toBe('Overall effectiveness: Inadequate');
  });

  it('reads "the inadequate report" as the inspection with that overall grade', () => {
    const [first] = api.ask('when was the bromley inadequate report published?').results;
    expect(first?.statement).toMatch(/^Ofsted inspection Bromley 2016 /);
  });

  it('answers what "the inadequate report" said from that report, its grade no search word', () => {
    const [first] = api.ask(
      'what did the inadequate bromley report say about foster carers?',
    ).results;
    expect(first?.docId).toMatch(/2016/);
    expect(first?.excerpt).toMatch(/foster carers/i);
  });

  it('settles a yes/no grade question with the headline grade, leaving room for the rest', () => {
    const question = 'was 2016 the first time Bromley was judged inadequate?';
    const [first] = api.ask(question).results;
    expect(first?.statement).toBe('Overall effectiveness: Inadequate');
    const bromley = library.loaded.councils.find((council) => council.name === 'Bromley');
    const index = bromley && library.indexFor(bromley.id);
    if (!index) throw new Error('the Bromley fixture reports are not loaded');
    // Only the headline is given from the structure: the other areas' grades and the passages
    // are ranked as any question's results are.
    expect(
      structuredAnswers(index, analyseQuestion(question)).map((result) => result.statement),
    ).toEqual(['Overall effectiveness: Inadequate']);
  });

  it('gives only the headline grade for an area the inspection did not judge on its own', () => {
    const leeds = library.loaded.councils.find((council) => council.name === 'Leeds');
    const index = leeds && library.indexFor(leeds.id);
    if (!index) throw new Error('the Leeds fixture report is not loaded');
    const query = analyseQuestion('how was the Leeds safeguarding children board rated in 2018?');
    expect(structuredAnswers(index, query).map((result) => result.statement)).toEqual([
      'Overall effectiveness: Outstanding',
    ]);
  });

  it('gives every judgement for a yes/no question about all of them', () => {
    const answer = api.ask('was Bromley inadequate across the board in 2016?');
    const grades = answer.results.filter((result) =>
      /: (Inadequate|Good|Outstanding|Requires)/.test(result.statement ?? ''),
    );
    expect(grades.length).toBeGreaterThan(1);
  });

  it('filters grades for "which judgement was not outstanding"', () => {
    const answer = api.ask("which part of durham's inspection wasn't outstanding?");
    const first = answer.results.filter((result) => result.statement?.includes(': '));
    expect(first.length).toBeGreaterThan(0);
    // Every grade shown is one the question asks for: search adds no outstanding one after.
    for (const result of first) expect(result.statement).not.toMatch(/: Outstanding$/);
  });

  it('answers an area’s grade from the inspection that judged it', () => {
    const answer = api.ask('how was the local safeguarding children board in Bromley rated?');
    expect(statements(answer)[0]).toMatch(/^Local Safeguarding Children Board.*: /);
  });

  it('lists what the report says needs to improve', () => {
    const answer = api.ask('what does Leeds need to improve?');
    expect(answer.results[0]?.statement).toMatch(/needs to improve: /);
  });

  it('lists every item still, those on the topic named first', () => {
    const all = api.ask('what does Leeds need to improve?');
    const onTopic = api.ask('what does Leeds need to improve about pathway planning?');
    expect(onTopic.results[0]?.excerpt).toMatch(/^Pathway planning/);
    const items = (answer: typeof all) =>
      answer.results.filter((r) => r.statement?.includes('needs to improve: ')).length;
    expect(items(onTopic)).toBe(items(all));
  });

  it('gives the dates inspectors were on site for "when"', () => {
    const answer = api.ask('when were inspectors in Durham?');
    expect(answer.results[0]?.statement).toMatch(
      /inspectors on site \d+ \w+ 20\d\d to \d+ \w+ 20\d\d/,
    );
  });

  it('dates both ends of a change of grade for "how long did it take"', () => {
    const answer = api.ask('how long did it take bromley to go from inadequate to outstanding');
    const onSite = answer.results.filter((result) =>
      /inspectors on site/.test(result.statement ?? ''),
    );
    expect(onSite.map((result) => result.statement?.match(/on site .*(20\d\d)$/)?.[1])).toEqual([
      '2016',
      '2023',
    ]);
  });

  it('dates an inspection and the one before it for "the gap between inspections"', () => {
    const answer = api.ask('how long was the gap between the last two inspections in bromley');
    // Bromley's 2023 report dates its previous inspection 2018, whose report is not loaded: the
    // loaded 2016 one is not "the one before", and the report's own words answer.
    expect(statements(answer).slice(0, 2)).toEqual([
      expect.stringMatching(/^Ofsted inspection Bromley 2023 .*inspectors on site/),
      expect.stringMatching(
        /^Ofsted inspection Bromley 2023 .*the previous inspection was in 2018$/,
      ),
    ]);
  });

  it('says no report names who led an inspection the sources do not hold', () => {
    const answer = api.ask('who led the 2019 inspection of durham');
    expect(answer.answered).toBe(false);
    expect(answer.notice).toMatch(/^The sources hold no report of that inspection/);
  });

  it('says nothing from the structure for a change of grade the council never made', () => {
    const query = analyseQuestion('how long did it take bromley to go from good to inadequate');
    const bromley = library.loaded.councils.find((council) => council.name === 'Bromley');
    const index = bromley && library.indexFor(bromley.id);
    if (!index) throw new Error('the Bromley fixture reports are not loaded');
    expect(structuredAnswers(index, query)).toEqual([]);
  });

  it('names the lead inspector', () => {
    const answer = api.ask('who led the inspection of Bromley in 2023?');
    expect(answer.results[0]?.excerpt).toMatch(/^Lead inspector: /);
  });

  it('names the lead inspector for "the HMI in charge", not for who runs the service', () => {
    expect(api.ask('who was the HMI in charge of the durham one').results[0]?.excerpt).toMatch(
      /^Lead inspector: /,
    );
    const runs = api.ask("who is in charge of children's services in durham");
    expect(runs.results[0]?.excerpt ?? '').not.toMatch(/^Lead inspector: /);
    // Nor is a lead member or who led the council an inspection's lead the sources lack.
    for (const someoneElse of [
      'who was the lead member for children in durham in 2019',
      'who led the council in durham in 2019',
    ]) {
      expect(api.ask(someoneElse).notice ?? '').not.toMatch(/^The sources hold no report/);
    }
  });

  it('sets the grades side by side, headlines first, for a comparison', () => {
    const answer = api.ask('has Bromley improved since 2016?');
    expect(statements(answer).slice(0, 2)).toEqual([
      'Overall effectiveness: Inadequate',
      'Overall effectiveness: Outstanding',
    ]);
  });
});

describe('questions the bot does not search', () => {
  it('answers a message about a specific child with where to get help, and nothing else', () => {
    const answer = api.ask("my neighbour's kid is being hit, what do I do", { council: 'Bromley' });
    expect(answer.answered).toBe(false);
    expect(answer.title).toBe('If you are worried about a child');
    expect(answer.results.map((result) => result.docId)).toEqual(
      Array(answer.results.length).fill('safeguarding-signpost'),
    );
    expect(answer.results.some((result) => result.excerpt.includes('999'))).toBe(true);
  });

  it('turns away a subject it does not cover, saying what it does cover', () => {
    const answer = api.ask('is the local hospital rated good by the CQC?', { council: 'Leeds' });
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(answer.notice).toMatch(
      /health services and the CQC.*I answer from Ofsted’s inspection reports/,
    );
  });

  it('turns away a question most of whose content words the council’s documents never use', () => {
    const answer = api.ask('supervision pizza calzone', { council: 'Leeds' });
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
    expect(api.ask('supervision of social workers', { council: 'Leeds' }).answered).toBe(true);
  });

  it('never quotes the signpost as a finding', () => {
    const answer = api.findings('children in danger', { council: 'Durham' });
    expect(answer.results.map((result) => result.docId)).not.toContain('safeguarding-signpost');
  });
});

describe('/ask for a judgement of an older framework, named as printed', () => {
  let kent: QueryApi;
  beforeAll(async () => {
    const { knowledgeBase } = await loadKnowledgeBase(await importFixtureReports(['kent']));
    kent = createQueryApi(buildKnowledgeLibrary(knowledgeBase));
  }, 60_000);

  it('gives that judgement’s grade alone, not every grade of the inspection', () => {
    const grades = kent
      .ask('what did kent get for capacity to improve?')
      .results.filter((result) => result.statement?.includes(':'));
    expect(grades[0]?.statement).toBe('Capacity to improve: Good');
    expect(
      grades.filter((result) => /: (Good|Adequate|Inadequate)/.test(result.statement ?? '')).length,
    ).toBe(1);
  });
});
