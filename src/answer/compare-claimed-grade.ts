import type { Inspection } from '../knowledge/facts-schema.ts';
import type { ComparedJudgement } from './claim-verdict.ts';
import type { ClaimedGrade } from './claimed-grade.ts';
import { gradeFamily } from './grade-scale.ts';
import { isOverallJudgement, judgementAreas } from './judgement-area.ts';

/** One judgement compared with a claim, with where its fact record is, to cite it. */
export interface JudgementComparison extends ComparedJudgement {
  recordId: string;
}

/**
 * The graded judgements of an inspection a claimed grade speaks of, each marked with whether
 * its grade bears the claim out. "Overall" falls back to every judgement under a framework
 * that gives no overall one; an area the inspection did not judge gives none.
 */
export function compareClaimedGrade(
  inspection: Inspection,
  claimed: ClaimedGrade,
): JudgementComparison[] {
  const graded = inspection.judgements
    .map((judgement, j) => ({ judgement, j, family: gradeFamily(judgement.grade) }))
    .filter((entry) => entry.family !== undefined);
  const { breadth } = claimed;
  const overall = graded.filter(({ judgement }) => isOverallJudgement(judgement.judgement));
  const spoken =
    breadth.kind === 'all'
      ? graded
      : breadth.kind === 'area'
        ? graded.filter(({ judgement }) =>
            judgementAreas(judgement.judgement).includes(breadth.area),
          )
        : overall.length > 0
          ? overall
          : graded;
  return spoken.map(({ judgement, j, family }) => ({
    inspection: inspection.name,
    judgement: judgement.judgement,
    grade: judgement.grade,
    matches: claimed.negated ? family !== claimed.family : family === claimed.family,
    recordId: `inspections/${inspection.id}/judgements/${j}`,
  }));
}
