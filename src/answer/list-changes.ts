import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { Answer, CitedResult } from './answer.ts';
import { citeFact } from './cite-fact.ts';
import { gradeChanges } from './grade-changes.ts';
import { inspectionsInOrder } from './list-ratings.ts';
import { strongestFindings } from './strongest-findings.ts';

/**
 * What changed between a council's inspections: each judgement area's grade at each inspection,
 * oldest first, marked up, down or the same; with a topic, each inspection's strongest finding
 * on it too, oldest first. Every grade and finding is cited.
 */
export function listChanges(index: KnowledgeIndex, topic = ''): Answer {
  const inspections = inspectionsInOrder(index);
  const wanted = topic.trim();
  const changes = gradeChanges(inspections);
  const findings = wanted ? strongestFindings(index, wanted, inspections) : [];
  const grades = changes.flatMap((change) =>
    change.steps.flatMap((step): CitedResult[] => {
      const record = index.factRecordsById.get(step.recordId);
      const cited = record && citeFact(index, record, { group: change.area });
      return cited ? [cited] : [];
    }),
  );
  const graded = changes.length > 0;
  const notices = [
    inspections.length < 2 && graded
      ? 'Only one inspection is in the sources, so there is nothing to compare it with yet.'
      : null,
    wanted && findings.length === 0 ? `No inspection report speaks to “${wanted}”.` : null,
    !graded ? 'No graded judgements are recorded for this council.' : null,
  ].filter((line): line is string => line !== null);
  return {
    command: 'changes',
    query: wanted,
    answered: graded || findings.length > 0,
    title: wanted ? `What changed on “${wanted}”` : 'What changed between inspections',
    summary:
      inspections.length > 0
        ? `${inspections.length} inspection${inspections.length > 1 ? 's' : ''}, oldest first: ${inspections.map((inspection) => inspection.name).join(', ')}.`
        : null,
    results: [...findings, ...grades],
    suggestions: [],
    notice: notices.join(' ') || null,
    changes,
  };
}
