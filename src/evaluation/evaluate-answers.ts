import type { Answer, CitedResult } from '../answer/answer.ts';
import { foldText } from '../text/fold-text.ts';
import type { Evidence, LabelledQuestion } from './question-set.ts';

/** How one question fared: whether the bot answered, and where the first correct result was. */
export interface QuestionOutcome {
  question: LabelledQuestion;
  answered: boolean;
  /** 1-based rank of the first result showing the evidence; null when none does. */
  rank: number | null;
  abstainedCorrectly: boolean;
}

/** The figures `npm run eval` prints. */
export interface EvaluationSummary {
  questions: number;
  answerable: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  abstentionAccuracy: number;
  offTopicAnswered: number;
}

const normalise = (text: string) => foldText(text).replace(/\s+/g, ' ').trim();

/**
 * Whether a result shows the evidence: the excerpt (the verbatim quote) must contain it, and
 * come from the named document. Source listings have no excerpt, so their title counts.
 */
export function showsEvidence(result: CitedResult, evidence: Evidence): boolean {
  if (evidence.doc && evidence.doc !== result.docId) return false;
  const haystack = result.excerpt !== '' ? result.excerpt : `${result.title} ${result.publisher}`;
  return normalise(haystack).includes(normalise(evidence.contains));
}

/** Scores one answer against its labelled question. */
export function scoreAnswer(question: LabelledQuestion, answer: Answer): QuestionOutcome {
  const index = answer.answered
    ? answer.results.findIndex((result) => question.evidence.some((e) => showsEvidence(result, e)))
    : -1;
  return {
    question,
    answered: answer.answered,
    rank: index >= 0 ? index + 1 : null,
    abstainedCorrectly: answer.answered === question.answered,
  };
}

/** Recall@1, recall@3 and MRR over answerable questions; abstention accuracy over all. */
export function summarise(outcomes: readonly QuestionOutcome[]): EvaluationSummary {
  const answerable = outcomes.filter((outcome) => outcome.question.answered);
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  const within = (k: number) =>
    answerable.filter((outcome) => outcome.rank !== null && outcome.rank <= k).length;
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    recallAt1: share(within(1), answerable.length),
    recallAt3: share(within(3), answerable.length),
    mrr: share(
      answerable.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0),
      answerable.length,
    ),
    abstentionAccuracy: share(
      outcomes.filter((outcome) => outcome.abstainedCorrectly).length,
      outcomes.length,
    ),
    offTopicAnswered: outcomes.filter((outcome) => !outcome.question.answered && outcome.answered)
      .length,
  };
}
