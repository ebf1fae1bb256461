import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { Answer, LaterInspection } from './answer.ts';
import { isOverallJudgement } from './judgement-area.ts';
import { inspectionsInOrder } from './list-ratings.ts';

/**
 * Marks every excerpt from an inspection report that a later inspection of the same council
 * has superseded with what that latest inspection found overall, so a 2017 quote is never read
 * as today's state. Computed from the facts, for every council alike.
 */
export function noteLaterInspections(index: KnowledgeIndex, answer: Answer): Answer {
  const latest = inspectionsInOrder(index).at(-1);
  const report = latest?.report && index.knowledgeBase.documentsById.get(latest.report);
  if (!latest || !report) return answer;
  const overall = latest.judgements.find((judgement) => isOverallJudgement(judgement.judgement));
  const later: LaterInspection = {
    publisher: report.meta.publisher,
    published: latest.published?.date ?? report.meta.published,
    overall: overall?.grade ?? null,
    url: report.meta.url,
  };
  const superseded = (docId: string) => {
    const document = index.knowledgeBase.documentsById.get(docId);
    return (
      document !== undefined &&
      document.meta.id !== report.meta.id &&
      document.meta.kind === 'inspection-report' &&
      document.meta.published < later.published
    );
  };
  return {
    ...answer,
    results: answer.results.map((result) =>
      superseded(result.docId) ? { ...result, later } : result,
    ),
  };
}
