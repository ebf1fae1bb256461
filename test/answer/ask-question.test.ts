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
