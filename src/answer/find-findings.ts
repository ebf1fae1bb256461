import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { Answer, CitedResult } from './answer.ts';
import { inspectionLabel } from './inspection-label.ts';
import { notFound } from './not-found.ts';
import { noteQuotation } from './quoted-sources.ts';
import { diversify, searchPassages } from './search-passages.ts';

/** How many excerpts one inspection contributes, and how many come from other sources. */
export const findingsPerInspection = 3;
export const otherSourcesLimit = 4;

/** The label for everything that is not an inspector's own finding. */
export const otherSourcesGroup = 'Other sources (not the inspectors’ findings)';

/**
 * The inspectors' findings on a topic, grouped by inspection oldest first so a reader sees how
 * the finding changed, then what other sources said, each labelled by kind.
 */
export function findFindings(index: KnowledgeIndex, topic: string): Answer {
  const title = `Findings on “${topic}”`;
  const results = searchPassages(index, topic);
  if (results.length === 0) return notFound(index, 'finding', topic, title);

  const byInspection = new Map<string, { sortKey: string; results: CitedResult[] }>();
  const others: CitedResult[] = [];
  for (const result of results) {
    const document = index.knowledgeBase.documentsById.get(result.docId);
    const label = document && inspectionLabel(document);
    if (!document || !label) {
      others.push(noteQuotation(index, { ...result, group: otherSourcesGroup }));
      continue;
    }
    const group = byInspection.get(label) ?? {
      sortKey: document.meta.inspected?.to ?? document.meta.published,
      results: [],
    };
    group.results.push({ ...result, group: label });
    byInspection.set(label, group);
  }

  const inspections = [...byInspection.values()].sort((a, b) => a.sortKey.localeCompare(b.sortKey));
  const perInspection = inspections.map((group) =>
    diversify(group.results).slice(0, findingsPerInspection),
  );
  // Round by round, oldest inspection first: the first results show how the finding changed
  // from one inspection to the next, then each inspection's further findings follow.
  const rounds = Array.from({ length: findingsPerInspection }, (_, round) =>
    perInspection.flatMap((results) => results.slice(round, round + 1)),
  );
  const ordered = [...rounds.flat(), ...diversify(others, 1).slice(0, otherSourcesLimit)];
  return {
    command: 'finding',
    query: topic,
    answered: true,
    title,
    summary:
      inspections.length > 0
        ? `Inspectors’ findings from ${inspections.length} inspection${inspections.length > 1 ? 's' : ''}, oldest first${others.length > 0 ? ', then other sources' : ''}.`
        : 'No inspection report speaks to this; these are other sources’ accounts.',
    results: ordered,
    suggestions: [],
    notice: null,
  };
}
