import type { CouncilMention } from '../question/find-council-mentions.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import type { Answer, CitedResult } from './answer.ts';

/** One council's answer to a question that names several, with the council it is about. */
export interface CouncilAnswer {
  council: { id: string; name: string };
  answer: Answer;
}

/**
 * The question as asked of one of the councils it names: the words naming the others are
 * left out, so "care leavers in Norfolk vs Birmingham" searches Norfolk's documents for care
 * leavers, not for "Birmingham".
 */
export function questionForCouncil(
  text: string,
  mentions: readonly CouncilMention[],
  council: string,
): string {
  let kept = text;
  for (const mention of mentions) {
    if (mention.council.id !== council) kept = kept.replace(mention.words, ' ');
  }
  return kept.replace(/\s+/g, ' ').trim();
}

/**
 * A question comparing councils, as each one's part of it is asked: "Norfolk vs Birmingham on
 * care leavers" compares the councils, not one council's inspections with each other, so each
 * council answers what it found (its grades, when the question is about grades). A question that
 * names its years still compares those inspections.
 */
export function oneCouncilsPart(query: QuestionQuery): QuestionQuery {
  if (query.asks !== 'comparison' || query.inspection.kind !== 'any') return query;
  return { ...query, asks: query.aboutGrades ? 'grade' : 'finding' };
}

/**
 * One answer to a question that names several councils ("Norfolk vs Birmingham"), from each
 * council's own answer. Results alternate council by council, so the first page shows every
 * council named; each result keeps its own source and group, which name its council. A
 * council whose documents do not answer is said so by name, never filled from another's.
 */
export function answerAcrossCouncils(answers: readonly CouncilAnswer[]): Answer {
  const [first] = answers;
  if (!first) throw new Error('answerAcrossCouncils needs at least one answer');
  const answered = answers.filter(({ answer }) => answer.answered);
  // None answers: the first council's refusal says why, as a question about it alone would.
  if (answered.length === 0) return first.answer;
  const unanswered = answers
    .filter(({ answer }) => !answer.answered)
    .map(({ council }) => `Nothing in ${council.name}’s documents answers this.`);
  const notices = [...answered.map(({ answer }) => answer.notice), ...unanswered].filter(
    (notice): notice is string => notice !== null && notice !== '',
  );
  const summaries = answered
    .map(({ answer }) => answer.summary)
    .filter((summary): summary is string => summary !== null && summary !== '');
  return {
    command: first.answer.command,
    query: first.answer.query,
    answered: true,
    title: first.answer.title,
    summary: summaries.length > 0 ? summaries.join('\n') : null,
    results: alternate(answered.map(({ answer }) => answer.results)),
    suggestions: [...new Set(answered.flatMap(({ answer }) => answer.suggestions))],
    notice: notices.length > 0 ? notices.join(' ') : null,
    council: first.council,
  };
}

/** The first of each list, then the second of each, and so on. */
function alternate(lists: ReadonlyArray<readonly CitedResult[]>): CitedResult[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const merged: CitedResult[] = [];
  for (let i = 0; i < longest; i += 1) {
    for (const list of lists) {
      const result = list[i];
      if (result) merged.push(result);
    }
  }
  return merged;
}
