import { sourceKindDistance } from '../knowledge/source-kind.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchSettings } from '../search/search-settings.ts';
import type { CitedResult } from './answer.ts';
import { citeExcerpt } from './cite-excerpt.ts';
import { bestSentenceWindow } from './sentence-window.ts';

/** How much less a source counts for each step it stands from the inspectors' own words. */
const kindWeights = [1, 0.75, 0.6];

/**
 * Searches the passages and cites the best sentence window of each match that covers enough
 * of the query. Primary sources are weighted above the secondary sources that quote them.
 */
export function searchPassages(index: KnowledgeIndex, query: string): CitedResult[] {
  const { documentsById, passagesById } = index.knowledgeBase;
  const kindOf = (passageId: string) => {
    const passage = passagesById.get(passageId);
    return passage && documentsById.get(passage.docId)?.meta.kind;
  };
  const hits = index.passages.search(query, {
    weigh: (id) => {
      const kind = kindOf(id);
      return kind ? (kindWeights[sourceKindDistance[kind]] ?? 0.5) : 0;
    },
  });
  return hits
    .filter((hit) => hit.coverage >= searchSettings.minCoverage)
    .flatMap((hit) => {
      const passage = passagesById.get(hit.id);
      const document = passage && documentsById.get(passage.docId);
      if (!passage || !document) return [];
      const matchedTerms = new Set(hit.matchedTerms);
      const window = bestSentenceWindow(passage.text, matchedTerms);
      return [citeExcerpt(document, passage, window, { score: hit.score, matchedTerms })];
    });
}

/**
 * Keeps the ranking but lets no document take more than `perDocument` of the first places;
 * its further results move behind the others. Identical excerpts are kept once.
 */
export function diversify(results: CitedResult[], perDocument = 2): CitedResult[] {
  const seenExcerpts = new Set<string>();
  const counts = new Map<string, number>();
  const first: CitedResult[] = [];
  const later: CitedResult[] = [];
  for (const result of results) {
    const key = result.excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
    if (seenExcerpts.has(key)) continue;
    seenExcerpts.add(key);
    const count = counts.get(result.docId) ?? 0;
    counts.set(result.docId, count + 1);
    (count < perDocument ? first : later).push(result);
  }
  return [...first, ...later];
}
