import type { Answer, CitedResult } from '../answer/answer.ts';
import { foldText } from '../text/fold-text.ts';
import type { Evidence, LabelledQuestion, QuestionType } from './question-set.ts';

/** How many results the first page of a reply shows: what a user sees without pressing Next. */
export const pageOneSize = 4;

/** What scoring needs to know of the knowledge: which council each document is about. */
export interface EvaluationContext {
  /** The council id of a document, undefined for general documents. */
  councilOfDocument(docId: string): string | undefined;
  /** The document imported from a PDF (its `source_file`). */
  documentOfReport(file: string): string | undefined;
  /** The council id a question's council name means. */
  councilId(name: string): string | undefined;
}

/** How one question fared, as a user would see it. */
export interface QuestionOutcome {
  question: LabelledQuestion;
  answered: boolean;
  /** 1-based rank of the first result showing the evidence; null when none does. */
  rank: number | null;
  /** Answered with the evidence on the first page (answerable questions). */
  rightOnPageOne: boolean;
  /** Refused as it should be, or answered as it should be. */
  abstainedCorrectly: boolean;
  /** A result on the first page quotes another council's document. */
  wrongCouncil: boolean;
}

/** The figures for a set of outcomes. */
export interface EvaluationSummary {
  questions: number;
  answerable: number;
  /** Answerable questions with a right answer on page one. */
  pageOne: number;
  recallAt1: number;
  mrr: number;
  /** Questions to refuse that were refused. */
  refusable: number;
  refused: number;
  /** Answerable questions refused. */
  wronglyRefused: number;
  wrongCouncil: number;
}

/**
 * Text as compared: folded, and a colon read as a space, since a report prints a grade both as
 * a table row ("… care leavers Outstanding") and as a section heading ("… care leavers:
 * outstanding"), and a label quoting one is answered by the other.
 */
const normalise = (text: string) => foldText(text).replace(/:/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Whether a result shows the evidence: the excerpt (the verbatim quote) must contain it, and
 * come from the named document. Source listings have no excerpt, so their title counts.
 */
export function showsEvidence(
  result: CitedResult,
  evidence: Evidence,
  context?: Pick<EvaluationContext, 'documentOfReport'>,
): boolean {
  const doc =
    evidence.doc ?? (evidence.report ? context?.documentOfReport(evidence.report) : undefined);
  if ((evidence.doc || evidence.report) && doc !== result.docId) return false;
  const haystack = result.excerpt !== '' ? result.excerpt : `${result.title} ${result.publisher}`;
  return normalise(haystack).includes(normalise(evidence.contains));
}

/**
 * The councils a right answer may quote: the question's, and those of its evidence (a question
 * comparing two councils names one as its council and quotes both).
 */
function expectedCouncils(
  question: LabelledQuestion,
  context: EvaluationContext | undefined,
): ReadonlySet<string> {
  if (!question.council || !context) return new Set();
  const named = context.councilId(question.council);
  const quoted = question.evidence.flatMap((evidence) => {
    const doc =
      evidence.doc ?? (evidence.report ? context.documentOfReport(evidence.report) : undefined);
    const council = doc === undefined ? undefined : context.councilOfDocument(doc);
    return council === undefined ? [] : [council];
  });
  return new Set([...(named === undefined ? [] : [named]), ...quoted]);
}

/** Scores one answer against its labelled question. */
export function scoreAnswer(
  question: LabelledQuestion,
  answer: Answer,
  context?: EvaluationContext,
): QuestionOutcome {
  const index = answer.answered
    ? answer.results.findIndex((result) =>
        question.evidence.some((evidence) => showsEvidence(result, evidence, context)),
      )
    : -1;
  const rank = index >= 0 ? index + 1 : null;
  const expected = expectedCouncils(question, context);
  const wrongCouncil =
    answer.answered &&
    expected.size > 0 &&
    answer.results.slice(0, pageOneSize).some((result) => {
      const council = context?.councilOfDocument(result.docId);
      return council !== undefined && !expected.has(council);
    });
  return {
    question,
    answered: answer.answered,
    rank,
    rightOnPageOne: answer.answered && rank !== null && rank <= pageOneSize,
    abstainedCorrectly: answer.answered === question.answered,
    wrongCouncil,
  };
}

/** Page-one accuracy, recall@1 and MRR over answerable questions; refusals over the rest. */
export function summarise(outcomes: readonly QuestionOutcome[]): EvaluationSummary {
  const answerable = outcomes.filter((outcome) => outcome.question.answered);
  const refusable = outcomes.filter((outcome) => !outcome.question.answered);
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    pageOne: share(answerable.filter((o) => o.rightOnPageOne).length, answerable.length),
    recallAt1: share(
      answerable.filter((o) => o.answered && o.rank === 1).length,
      answerable.length,
    ),
    mrr: share(
      answerable.reduce((sum, o) => sum + (o.answered && o.rank ? 1 / o.rank : 0), 0),
      answerable.length,
    ),
    refusable: refusable.length,
    refused: share(refusable.filter((o) => !o.answered).length, refusable.length),
    wronglyRefused: answerable.filter((o) => !o.answered).length,
    wrongCouncil: outcomes.filter((o) => o.wrongCouncil).length,
  };
}

/** The summary of each question type, in the order the types are listed. */
export function summariseByType(
  outcomes: readonly QuestionOutcome[],
): Array<{ type: QuestionType; summary: EvaluationSummary }> {
  const types = [...new Set(outcomes.map((outcome) => outcome.question.type))];
  return types.map((type) => ({
    type,
    summary: summarise(outcomes.filter((outcome) => outcome.question.type === type)),
  }));
}
