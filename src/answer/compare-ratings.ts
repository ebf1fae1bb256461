import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import { foldText } from '../text/fold-text.ts';
import type { Answer } from './answer.ts';
import { allInspections, chooseInspections, listRatings } from './list-ratings.ts';
import { noteLaterInspections } from './note-later-inspections.ts';
import { ratingEntries } from './rating-entries.ts';
import { ratingHistory } from './rating-history.ts';
import { type CouncilScope, resolveCouncil } from './resolve-council.ts';

/** What `/rating` is asked: which inspection (latest, all, a year), and a council to set beside. */
export interface RatingRequest {
  inspection?: string | undefined;
  /** A second council, shown side by side with the first. */
  compareWith?: string | undefined;
}

/**
 * The grades of one council's inspection (or all of them, with each judgement's history oldest
 * first), or of two councils side by side, every grade cited and also returned as data.
 */
export function compareRatings(
  library: KnowledgeLibrary,
  request: RatingRequest,
  scope: CouncilScope = {},
): Answer {
  const wanted = request.inspection?.trim() ?? '';
  const first = resolveCouncil(library, 'rating', wanted, scope);
  if (first.kind === 'refused') return first.answer;
  const sides = [first];
  if (request.compareWith?.trim()) {
    const second = resolveCouncil(library, 'rating', wanted, { council: request.compareWith });
    if (second.kind === 'refused') return second.answer;
    if (second.council.id !== first.council.id) sides.push(second);
  }
  const everything = foldText(wanted) === allInspections;
  const answers = sides.map(({ council, index }) => {
    // A year names one council's inspection; beside another council, the latest stands in.
    const chosen = chooseInspections(index, wanted);
    const inspection = chosen.length > 0 || sides.length === 1 ? wanted : '';
    const answer = noteLaterInspections(index, listRatings(index, inspection));
    const entries = ratingEntries(index, council, chooseInspections(index, inspection));
    return { council, answer, entries };
  });
  const entries = answers.flatMap((side) => side.entries);
  const [only] = answers;
  if (answers.length === 1 && only) {
    const { council, answer } = only;
    const history = everything && entries.length > 0 ? ratingHistory(entries) : [];
    return {
      ...answer,
      title: `${council.name}: ${answer.title}`,
      summary: [answer.summary, ...history].filter((line) => line !== null).join('\n') || null,
      council: { id: council.id, name: council.name },
      ratings: entries,
    };
  }
  const names = answers.map((side) => side.council.name);
  return {
    command: 'rating',
    query: wanted,
    answered: answers.some((side) => side.answer.answered),
    title: `Ratings: ${names.join(' and ')} side by side`,
    summary: ['Latest grades of each, as printed.', ...ratingHistory(entries)].join('\n'),
    results: answers.flatMap(({ council, answer }) =>
      answer.results.map((result) => ({
        ...result,
        group: `${council.name}${result.group ? ` · ${result.group}` : ''}`,
      })),
    ),
    suggestions: [],
    notice: answers.find((side) => !side.answer.answered)?.answer.notice ?? null,
    ratings: entries,
  };
}
