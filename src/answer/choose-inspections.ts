import type { Inspection } from '../knowledge/facts-schema.ts';
import { inspectionSortKey } from '../knowledge/inspection-order.ts';
import type { InspectionRef } from '../question/question-query.ts';
import { isOverallJudgement } from './judgement-area.ts';

/** The year an inspection speaks for: when inspectors were on site, else when it was published. */
export function inspectionYear(inspection: Inspection): number {
  return Number(inspectionSortKey(inspection).slice(0, 4));
}

/**
 * The inspections a question's reference picks from a council's inspections (oldest first):
 * a year, the latest, the first, the previous one, the one after or before a year, the one
 * with a grade ("the inadequate report"; every one so graded). With no
 * reference, `fallback` decides: the latest for a grade, every one for a comparison.
 */
export function chooseInspectionsFor(
  inspections: readonly Inspection[],
  ref: InspectionRef,
  fallback: 'latest' | 'all',
): Inspection[] {
  const latest = inspections.slice(-1);
  switch (ref.kind) {
    case 'year': {
      const years = inspections.map(inspectionYear);
      // A report published early in a year speaks for the inspection of the year before.
      const exact = inspections.filter((_, i) => years[i] === ref.year);
      return exact.length > 0
        ? exact
        : inspections.filter((inspection) =>
            inspection.published?.date.startsWith(String(ref.year)),
          );
    }
    case 'latest':
      return latest;
    case 'first':
      return inspections.slice(0, 1);
    case 'previous':
      return inspections.slice(-2, -1);
    case 'after':
      return inspections.filter((inspection) => inspectionYear(inspection) > ref.year).slice(0, 1);
    case 'before':
      return inspections.filter((inspection) => inspectionYear(inspection) < ref.year).slice(-1);
    case 'graded': {
      const graded = inspections.filter((inspection) => hasOverallGrade(inspection, ref.grade));
      return graded.length > 0 ? graded : fallback === 'latest' ? latest : [...inspections];
    }
    case 'any':
      return fallback === 'latest' ? latest : [...inspections];
  }
}

/** Whether an inspection's overall judgement is `grade` ("requires improvement" is "… to be good"). */
export function hasOverallGrade(inspection: Inspection, grade: string): boolean {
  return inspection.judgements.some(
    (judgement) =>
      isOverallJudgement(judgement.judgement) && judgement.grade.toLowerCase().startsWith(grade),
  );
}
