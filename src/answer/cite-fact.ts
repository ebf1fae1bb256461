import type { FactRecord } from '../knowledge/fact-records.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { CitedResult } from './answer.ts';
import { citeQuote } from './cite-excerpt.ts';

/** Cites a curated fact: its statement, and its quote as it stands in the source document. */
export function citeFact(
  index: KnowledgeIndex,
  record: FactRecord,
  options: { score?: number; group?: string | null } = {},
): CitedResult | undefined {
  return citeQuote(index.knowledgeBase, record.source.doc, record.source.quote, {
    statement: record.statement,
    caution: record.caution ?? null,
    score: options.score ?? 1,
    group: options.group ?? null,
  });
}

/** Cites every record that still resolves (facts are verified at load, so all should). */
export function citeFacts(
  index: KnowledgeIndex,
  records: readonly FactRecord[],
  group?: (record: FactRecord) => string | null,
): CitedResult[] {
  return records.flatMap((record) => {
    const cited = citeFact(index, record, { group: group?.(record) ?? null });
    return cited ? [cited] : [];
  });
}
