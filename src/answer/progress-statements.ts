import type { Inspection } from '../knowledge/facts-schema.ts';
import { readReportLines } from '../knowledge/report-facts/report-lines.ts';
import { summarySentences } from '../knowledge/report-facts/summary-sentences.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { CitedResult } from './answer.ts';
import { citeQuote } from './cite-excerpt.ts';
import { reportSaysGroup } from './strongest-findings.ts';

/**
 * A sentence that measures the service against its last inspection: "since the last
 * inspection", or "since the local authority was inspected in 2012".
 */
const againstLastInspection =
  /\b(?:last|previous|prior|most recent)\s+(?:\w+\s+)?inspection\b|\bsince\b[^.;]{0,60}?\binspect(?:ed|ion)\b/i;

/**
 * What a report's own summary says about change since its previous inspection ("Since the last
 * inspection in 2015, there has been a significant deterioration …"), in the report's order and
 * words: the inspectors' answer to "is it better than last time".
 */
export function progressStatements(index: KnowledgeIndex, inspection: Inspection): CitedResult[] {
  const docId = inspection.report;
  const document = docId ? index.knowledgeBase.documentsById.get(docId) : undefined;
  if (!docId || !document) return [];
  const seen = new Set<string>();
  return summarySentences(readReportLines(document.body)).flatMap(({ text }) => {
    if (!againstLastInspection.test(text) || seen.has(text)) return [];
    seen.add(text);
    const cited = citeQuote(index.knowledgeBase, docId, text, {
      group: reportSaysGroup(inspection),
    });
    return cited ? [cited] : [];
  });
}
