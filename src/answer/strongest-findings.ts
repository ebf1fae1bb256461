import type { Inspection } from '../knowledge/facts-schema.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { CitedResult } from './answer.ts';
import { inspectionYear } from './choose-inspections.ts';
import { rankPassages } from './search-passages.ts';

/** How each inspection's findings are headed: they are the report's words, not a verdict. */
export function reportSaysGroup(inspection: Inspection): string {
  return `What the report says: ${inspection.inspectorate} ${inspection.name}`;
}

/**
 * The inspectors' strongest findings on a topic in each inspection's own report, oldest first,
 * at most `perInspection` each. An inspection whose report is not loaded, or does not speak to
 * the topic, contributes nothing: no other document stands in for the inspectors.
 */
export function strongestFindings(
  index: KnowledgeIndex,
  topic: string,
  inspections: readonly Inspection[],
  perInspection = 1,
): CitedResult[] {
  const ranked = rankPassages(index, topic, inspections.map(inspectionYear));
  return inspections.flatMap((inspection) =>
    ranked
      .filter(({ result }) => inspection.report !== undefined && result.docId === inspection.report)
      .slice(0, perInspection)
      .map(({ result }) => ({ ...result, group: reportSaysGroup(inspection) })),
  );
}
