import type { Passage } from '../knowledge/knowledge-document.ts';
import { isInspectorsFinding } from '../knowledge/source-kind.ts';
import { analyseTerm } from '../search/analyse-term.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { shinglesOf } from '../search/quote-shingles.ts';
import { tokenize } from '../search/tokenize.ts';
import type { CitedResult } from './answer.ts';
import { citeExcerpt } from './cite-excerpt.ts';
import { formatCitation } from './format-citation.ts';
import { bestSentenceWindow } from './sentence-window.ts';

/** The inspectors' passage a secondary source's excerpt quotes word for word, if any. */
export function quotedPrimaryPassage(
  index: KnowledgeIndex,
  result: CitedResult,
): Passage | undefined {
  if (isInspectorsFinding(result.kind)) return undefined;
  for (const shingle of shinglesOf(result.excerpt)) {
    const id = index.primaryRuns.firstHolding(shingle);
    const passage = id ? index.knowledgeBase.passagesById.get(id) : undefined;
    if (passage) return passage;
  }
  return undefined;
}

/**
 * Makes sure no secondary source outranks the report it quotes: the quoted passage is moved (or
 * added) just before the first result quoting it, and the quoting result says what it quotes.
 */
export function putQuotedSourcesFirst(
  index: KnowledgeIndex,
  results: CitedResult[],
): CitedResult[] {
  const ordered: CitedResult[] = [];
  const moved = new Set<CitedResult>();
  for (const result of results) {
    if (moved.has(result)) continue;
    const passage = quotedPrimaryPassage(index, result);
    if (!passage) {
      ordered.push(result);
      continue;
    }
    let primary = ordered.find((earlier) => earlier.passageId === passage.id);
    if (!primary) {
      const later = results.find(
        (candidate) => candidate.passageId === passage.id && !moved.has(candidate),
      );
      primary = later ?? citeQuotedPassage(index, passage, result);
      if (later) moved.add(later);
      ordered.push(primary);
    }
    ordered.push(withQuoteNote(result, primary));
  }
  return ordered;
}

/** Adds "Quotes Ofsted, 4 Sep 2017, para 40" to a secondary result that quotes a report. */
export function noteQuotation(index: KnowledgeIndex, result: CitedResult): CitedResult {
  const passage = quotedPrimaryPassage(index, result);
  if (!passage) return result;
  return withQuoteNote(result, citeQuotedPassage(index, passage, result));
}

function withQuoteNote(result: CitedResult, primary: CitedResult): CitedResult {
  const what = primary.kind === 'monitoring-letter' ? 'monitoring letter' : 'inspection report';
  const note = `These words quote the ${what}: ${formatCitation(primary)}.`;
  return { ...result, caution: result.caution ? `${note} ${result.caution}` : note };
}

function citeQuotedPassage(
  index: KnowledgeIndex,
  passage: Passage,
  quoting: CitedResult,
): CitedResult {
  const document = index.knowledgeBase.documentsById.get(passage.docId);
  if (!document) throw new Error(`answer: passage ${passage.id} has no document`);
  const quotedTerms = new Set(tokenize(quoting.excerpt).flatMap((word) => analyseTerm(word) ?? []));
  const window = bestSentenceWindow(passage.text, quotedTerms);
  return citeExcerpt(
    document,
    passage,
    { ...window, start: passage.start + window.start, end: passage.start + window.end },
    { score: quoting.score, group: quoting.group },
  );
}
