import type { FactRecord } from '../knowledge/fact-records.ts';
import type { Inspection } from '../knowledge/facts-schema.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';

/**
 * One inspection's fact records of one kind ("improvements", "strengths", "inspections"), in
 * the report's order: the records are flattened with ids `kind/inspection/…`.
 */
export function inspectionRecords(
  index: KnowledgeIndex,
  inspection: Inspection,
  kind: string,
): FactRecord[] {
  return index.factRecords.filter((record) => record.id.startsWith(`${kind}/${inspection.id}/`));
}
