import { rm } from 'node:fs/promises';
import { createQueryApi } from '../answer/query-api.ts';
import { answerLine } from '../console/answer-line.ts';
import { loadCatalogue } from '../knowledge/councils/load-council-catalogue.ts';
import { describeProblem } from '../knowledge/knowledge-problem.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { buildKnowledgeLibrary } from '../search/knowledge-library.ts';
import { UserError } from '../user-error.ts';
import { type QuestionOutcome, scoreAnswer } from './evaluate-answers.ts';
import { composeEvaluationKnowledge, evaluationContext } from './evaluation-knowledge.ts';
import { evaluationSuites } from './evaluation-suites.ts';
import { type LabelledQuestion, loadQuestionSet } from './question-set.ts';

/** Every labelled question, and the outcome of those in the split asked for. */
export interface EvaluationRun {
  questions: LabelledQuestion[];
  outcomes: QuestionOutcome[];
}

/**
 * Asks each suite's questions of the knowledge it was written for, exactly as a user types
 * them (through the same query API), and scores page one of every reply.
 */
export async function runEvaluation(
  split: 'dev' | 'test' | 'all',
  knowledgeDir = 'knowledge',
): Promise<EvaluationRun> {
  const catalogue = await loadCatalogue();
  const questions: LabelledQuestion[] = [];
  const outcomes: QuestionOutcome[] = [];
  for (const suite of evaluationSuites) {
    const asked = await loadQuestionSet(...suite.files);
    const directory = await composeEvaluationKnowledge(knowledgeDir, suite.reports);
    const { knowledgeBase, problems } = await loadKnowledgeBase(directory);
    // Everything is in memory now: the composed folder is not left behind in the temp directory.
    await rm(directory, { recursive: true, force: true });
    if (problems.length > 0) {
      throw new UserError('invalid-knowledge', problems.map(describeProblem).join('\n'));
    }
    const library = buildKnowledgeLibrary(knowledgeBase, { catalogue });
    const api = createQueryApi(library);
    const context = evaluationContext(knowledgeBase, library);
    questions.push(...asked);
    for (const question of asked) {
      if (split !== 'all' && question.split !== split) continue;
      outcomes.push(scoreAnswer(question, answerLine(api, question.line), context));
    }
  }
  return { questions, outcomes };
}
