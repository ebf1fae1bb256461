import type { Inspection } from '../facts-schema.ts';
import type { KnowledgeDocument } from '../knowledge-document.ts';
import { describeProblem } from '../knowledge-problem.ts';
import { verifyFacts } from '../verify-facts.ts';
import { detectFramework, frameworkDescriptions, frameworkLabels } from './detect-framework.ts';
import { findCoverFacts } from './find-cover-facts.ts';
import { findImprovements } from './find-improvements.ts';
import { findJudgements } from './find-judgements.ts';
import { findPreviousInspection } from './find-previous-inspection.ts';
import { findStrengths } from './find-strengths.ts';
import { readReportLines } from './report-lines.ts';

/** An inspection read from its report, and what could not be read or checked. */
export interface ExtractedReport {
  /** Undefined when the document is not an inspection report or names no judgement. */
  inspection: Inspection | undefined;
  warnings: string[];
}

/**
 * Reads an inspection report's own facts (judgements and grades, dates, lead inspector,
 * framework, previous inspection, what needs to improve, the strengths its summary states), each with the quote that supports it,
 * and keeps only what is found verbatim in the document.
 */
export function extractReportFacts(document: KnowledgeDocument): ExtractedReport {
  const { meta } = document;
  if (meta.kind !== 'inspection-report') return { inspection: undefined, warnings: [] };
  const lines = readReportLines(document.body);
  const cover = findCoverFacts(meta.id, lines);
  const framework = detectFramework(lines, cover.dates ?? meta.inspected);
  const { judgements, warnings } = findJudgements(meta.id, lines, framework);
  if (judgements.length === 0) {
    return { inspection: undefined, warnings: [...warnings, `${meta.id}: no judgement found`] };
  }
  const previous = findPreviousInspection(meta.id, lines);
  const year = (cover.dates?.to ?? cover.published?.date ?? meta.published).slice(0, 4);
  const label = framework ? frameworkLabels[framework] : 'Ofsted';
  const inspection: Inspection = {
    id: meta.id,
    name: [meta.council?.name, `${year} (${label})`].filter(Boolean).join(' ').slice(0, 80),
    inspectorate: meta.publisher,
    framework: framework ? frameworkDescriptions[framework] : 'Ofsted inspection',
    ...(framework ? { framework_code: framework } : {}),
    ...(meta.council ? { council: meta.council } : {}),
    report: meta.id,
    derived_from: 'report',
    ...cover,
    // A date only the listing gives (the front matter) has no quote, so it is kept apart.
    ...(cover.published ? {} : { published_listing: meta.published }),
    ...(previous ? { previous } : {}),
    judgements,
    improvements: findImprovements(meta.id, lines),
    strengths: findStrengths(meta.id, lines),
  };
  const verified = verifyFacts(
    document.file,
    { inspections: [inspection], timeline: [], people: [], consequences: [] },
    new Map([[meta.id, document]]),
  );
  return {
    inspection: verified.facts.inspections[0],
    warnings: [...warnings, ...verified.problems.map(describeProblem)],
  };
}
