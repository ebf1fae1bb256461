import type { FactRecord } from '../knowledge/fact-records.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { kindWeight } from './search-passages.ts';

/**
 * What the rules allow when a council fails to improve, as the curated facts record it, the
 * most authoritative source first (a council's own summary before a party's press release):
 * the answer to "what happens if they don't improve?", and the first part of /consequences.
 */
export function whatTheRulesAllow(index: KnowledgeIndex): FactRecord[] {
  const weight = (record: FactRecord) => {
    const kind = index.knowledgeBase.documentsById.get(record.source.doc)?.meta.kind;
    return kind ? kindWeight(kind) : 0;
  };
  return index.factRecords
    .filter((record) => record.consequence === 'what-the-law-allows')
    .sort((a, b) => weight(b) - weight(a));
}
