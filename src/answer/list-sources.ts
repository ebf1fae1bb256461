import { sourceKindLabels } from '../knowledge/source-kind.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { Answer, CitedResult } from './answer.ts';

/** Every document the bot quotes from, primary sources first, newest first within a kind. */
export function listSources(index: KnowledgeIndex): Answer {
  const results = index.knowledgeBase.documents
    .map(
      (document): CitedResult => ({
        excerpt: '',
        highlights: [],
        truncatedBefore: false,
        truncatedAfter: false,
        docId: document.meta.id,
        passageId: null,
        paragraph: null,
        headingPath: [],
        title: document.meta.title,
        publisher: document.meta.publisher,
        published: document.meta.published,
        datePrecision: document.meta.date_precision,
        kind: document.meta.kind,
        kindLabel: sourceKindLabels[document.meta.kind],
        url: document.meta.url,
        licence: document.meta.licence ?? null,
        score: 0,
        statement: null,
        caution: null,
        group: sourceKindLabels[document.meta.kind],
      }),
    )
    .sort(
      (a, b) =>
        Object.keys(sourceKindLabels).indexOf(a.kind) -
          Object.keys(sourceKindLabels).indexOf(b.kind) || b.published.localeCompare(a.published),
    );
  return {
    command: 'sources',
    query: '',
    answered: results.length > 0,
    title: 'Sources',
    summary: `${results.length} documents, ${index.knowledgeBase.passages.length} passages.`,
    results,
    suggestions: [],
    notice: results.length > 0 ? null : 'The knowledge base is empty.',
  };
}
