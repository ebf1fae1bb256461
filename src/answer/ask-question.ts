import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchSettings } from '../search/search-settings.ts';
import type { Answer, CitedResult } from './answer.ts';
import { citeFact } from './cite-fact.ts';
import { notFound } from './not-found.ts';
import { diversify, searchPassages } from './search-passages.ts';

/** How many results a free question gets. */
export const askLimit = 8;

/**
 * Answers a free question from both the curated facts and the passages. Results are ranked by
 * how much of the question they cover, then by score relative to the best of their kind, so a
 * rating question finds the rating and a topic question finds the inspectors' words.
 */
export function askQuestion(index: KnowledgeIndex, question: string): Answer {
  const title = `“${question}”`;
  const factHits = index.facts
    .search(question)
    .filter((hit) => hit.coverage >= searchSettings.minCoverage);
  const topFact = factHits[0]?.score ?? 1;
  const facts = factHits.slice(0, askLimit).flatMap((hit) => {
    const record = index.factRecordsById.get(hit.id);
    const cited = record && citeFact(index, record, { score: hit.score });
    return cited ? [{ result: cited, rank: rank(hit.coverage, hit.score / topFact) }] : [];
  });

  const passages = searchPassages(index, question);
  const topPassage = passages[0]?.score ?? 1;
  const passageCoverage = (result: CitedResult) => result.score / topPassage;
  const ranked = [
    ...facts,
    ...passages.map((result) => ({ result, rank: rank(1, passageCoverage(result)) * 0.9 })),
  ]
    .sort((a, b) => b.rank - a.rank)
    .map((entry) => entry.result);

  if (ranked.length === 0) return notFound(index, 'ask', question, title);
  return {
    command: 'ask',
    query: question,
    answered: true,
    title,
    summary: null,
    results: diversify(ranked).slice(0, askLimit),
    suggestions: [],
    notice: null,
  };
}

function rank(coverage: number, relativeScore: number): number {
  return coverage * coverage * (0.5 + 0.5 * relativeScore);
}
