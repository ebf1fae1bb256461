import { appendFile, cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/answer/ask-question.ts';
import { statesActionTaken } from '../../src/answer/states-action-taken.ts';
import { structuredAnswers } from '../../src/answer/structured-answers.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { analyseQuestion } from '../../src/question/analyse-question.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';

/** The valid fixture, with a press release that says what could happen and what did. */
let index: KnowledgeIndex;
beforeAll(async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'consequences-'));
  await cp(fixturePath('knowledge', 'valid'), directory, { recursive: true });
  await appendFile(
    path.join(directory, 'party-2017-09-04.md'),
    '\nIf it fails to improve, the service could be run by an independent trust. The council has set up an improvement board.\n',
  );
  await appendFile(
    path.join(directory, 'ofsted-2017.md'),
    `\n## Private fostering\n\n${[
      'Private fostering arrangements are not sufficiently robust in Exampleshire.',
      'Private fostering assessments are late and do not consider the carers’ capacity.',
      'Visits to privately fostered children are intermittent and records of private fostering visits are thin.',
      'Private fostering awareness among schools and health partners is low.',
      'As a result of inspection findings, senior managers reviewed every private fostering arrangement.',
    ].join(' ')}\n`,
  );
  await appendFile(
    path.join(directory, 'facts.yaml'),
    `consequences:
  - kind: what-happened
    summary: The party said the council set up an improvement board.
    source: { doc: party-2017-09-04, quote: "The council has set up an improvement board." }
  - kind: what-the-law-allows
    summary: The party said the service could be run by a trust if it fails to improve.
    source: { doc: party-2017-09-04, quote: "the service could be run by an independent trust" }
`,
  );
  const { knowledgeBase, problems } = await loadKnowledgeBase(directory);
  expect(problems).toEqual([]);
  index = buildKnowledgeIndex(knowledgeBase);
});

describe('/ask on what happens when a council fails to improve', () => {
  it('answers a hypothetical with what the rules allow first', () => {
    const answer = askQuestion(index, "what happens if exampleshire doesn't improve?");
    expect(answer.results[0]?.excerpt).toContain('could be run by an independent trust');
  });

  it('leaves what did happen to search, where the rules have no place of their own', () => {
    const query = analyseQuestion('what happened after the 2017 report?');
    expect(query.asks).toBe('consequence');
    expect(structuredAnswers(index, query)).toEqual([]);
  });
});

describe('/ask what a council did about a finding', () => {
  it('quotes the action taken, not only the finding', () => {
    // The paragraph added to the fixture report ends with what was done, past the longest quote.
    const answer = askQuestion(
      index,
      'private fostering in exampleshire, did the council actually do anything about it?',
    );
    const [first] = answer.results;
    expect(first?.excerpt).toContain('senior managers reviewed every private fostering');
    expect(statesActionTaken(first?.excerpt ?? '')).toBe(true);
  });
});
