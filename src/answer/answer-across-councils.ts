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
  // Cut from the end backwards, so the offsets of earlier names still hold.
  const others = mentions
    .filter((mention) => mention.council.id !== council)
    .sort((a, b) => b.span[0] - a.span[0]);
  let kept = text;
  for (const { span } of others) kept = `${kept.slice(0, span[0])} ${kept.slice(span[1])}`;
  return kept.replace(/\s+/g, ' ').trim();
}

/**
 * A question comparing councils, as each one's part of it is asked: "Norfolk vs Birmingham on
 * care leavers" compares the councils, not one council's inspections with each other, so each
 * council answers what it found (its grades first, when the question is about grades or asks
 * which is better on a judgement's area). A question that names its years still compares those
 * inspections.
 */
export function oneCouncilsPart(query: QuestionQuery): QuestionQuery {
  if (query.asks !== 'comparison' || query.inspection.kind !== 'any') return query;
  // "Who's better for care leavers" asks how each was judged on that area, then what was found;
  // "care leavers in Hull vs Lambeth" asks what each found.
  const graded = query.aboutGrades || (query.area !== undefined && query.weighsUp);
  return { ...query, asks: graded ? 'grade' : 'finding' };
}

/** Council names as a reader lists them: "A", "A and B", "A, B and C". */
export function listNames(answers: readonly CouncilAnswer[]): string {
  const names = answers.map(({ council }) => council.name);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * One answer to a question that names several councils ("Norfolk vs Birmingham"), from each
 * council's own answer. Results alternate council by council, so the first page shows every
 * council named; each result's group, summary and notice carries its council's name. A council
 * whose documents do not answer is said so by name, never filled from another's. `query` is
 * the question as asked: each council's part was asked without the other councils' names.
 */
export function answerAcrossCouncils(answers: readonly CouncilAnswer[], query: string): Answer {
  const [first] = answers;
  if (!first) throw new Error('answerAcrossCouncils needs at least one answer');
  const answered = answers.filter(({ answer }) => answer.answered);
  const unanswered = answers.filter(({ answer }) => !answer.answered);
  const noneAnswers = `Nothing in ${unanswered.map(({ council }) => `${council.name}’s`).join(' or ')} documents answers this.`;
  if (answered.length === 0) {
    return { ...first.answer, query, notice: noneAnswers, suggestions: [], council: first.council };
  }
  const named = (council: CouncilAnswer['council'], text: string | null) =>
    text === null || text === '' ? [] : [`${council.name}: ${text}`];
  const notices = [
    ...answered.flatMap(({ council, answer }) => named(council, answer.notice)),
    ...(unanswered.length > 0 ? [noneAnswers] : []),
  ];
  const summaries = answered.flatMap(({ council, answer }) => named(council, answer.summary));
  const labelled = answered.map(({ council, answer }) =>
    answer.results.map((result) => ({ ...result, group: withCouncil(council.name, result.group) })),
  );
  return {
    command: first.answer.command,
    query,
    answered: true,
    title: first.answer.title,
    summary: summaries.length > 0 ? summaries.join('\n') : null,
    results: alternate(labelled),
    suggestions: [...new Set(answered.flatMap(({ answer }) => answer.suggestions))],
    notice: notices.length > 0 ? notices.join(' ') : null,
    council: first.council,
  };
}

/** A result's group with its council's name, which a one-council answer may leave out. */
function withCouncil(name: string, group: string | null): string {
  if (group === null || group === '') return name;
  return group.includes(name) ? group : `${name} · ${group}`;
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
