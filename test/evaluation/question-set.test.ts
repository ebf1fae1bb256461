import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryApi } from '../../src/answer/query-api.ts';
import { createQueryApi } from '../../src/answer/query-api.ts';
import { answerLine } from '../../src/console/answer-line.ts';
import {
  type QuestionOutcome,
  scoreAnswer,
  summarise,
} from '../../src/evaluation/evaluate-answers.ts';
import { type LabelledQuestion, loadQuestionSet } from '../../src/evaluation/question-set.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';

let questions: LabelledQuestion[];
let outcomes: QuestionOutcome[];

beforeAll(async () => {
  questions = await loadQuestionSet('test/eval/questions.yaml');
  const { knowledgeBase, problems } = await loadKnowledgeBase('knowledge');
  expect(problems).toEqual([]);
  const api: QueryApi = createQueryApi(buildKnowledgeLibrary(knowledgeBase));
  outcomes = questions.map((question) => scoreAnswer(question, answerLine(api, question.line)));
});

describe('the labelled question set against the bundled knowledge', () => {
  it('has at least 40 questions covering every category', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(questions.map((question) => question.category));
    for (const category of [
      'rating',
      'date',
      'person',
      'consequence',
      'topic',
      'typo',
      'off-topic',
    ]) {
      expect(categories).toContain(category);
    }
  });

  it('finds the evidence within the first three results for at least 90% of questions', () => {
    const summary = summarise(outcomes);
    const misses = outcomes
      .filter((outcome) => outcome.question.answered && (outcome.rank ?? 99) > 3)
      .map((outcome) => outcome.question.id);
    expect({ recallAt3: summary.recallAt3 >= 0.9, misses }).toMatchObject({ recallAt3: true });
  });

  it('answers no off-topic question', () => {
    const answeredOffTopic = outcomes
      .filter((outcome) => !outcome.question.answered && outcome.answered)
      .map((outcome) => outcome.question.line);
    expect(answeredOffTopic).toEqual([]);
  });
});
