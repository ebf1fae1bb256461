import type { Inspection } from '../knowledge/facts-schema.ts';
import { inspectionYear } from './choose-inspections.ts';
import { gradeRank } from './grade-scale.ts';
import { areaOrder, judgementArea, judgementAreas } from './judgement-area.ts';

/** How a grade stands against the same area's grade at the inspection before. */
export type GradeDirection = 'first' | 'up' | 'down' | 'same' | 'not comparable';

/** One area's grade at one inspection. */
export interface GradeStep {
  inspection: string;
  year: string;
  judgement: string;
  grade: string;
  direction: GradeDirection;
  /** The fact record of the judgement, to cite it. */
  recordId: string;
}

/** One judgement area's grades, oldest inspection first. */
export interface AreaChange {
  area: string;
  steps: GradeStep[];
}

const arrows: Readonly<Record<GradeDirection, string>> = {
  first: '',
  up: '↑ ',
  down: '↓ ',
  same: '= ',
  'not comparable': '? ',
};

/**
 * Each judgement area's grades at each of a council's inspections (given oldest first), each
 * marked up, down or the same against the one before. The order is the inspections' own, so an
 * inspection known only from a later report still sits where it happened. A judgement of two
 * areas together (ILACS's children in care and care leavers) counts in both.
 */
export function gradeChanges(inspections: readonly Inspection[]): AreaChange[] {
  const byArea = new Map<string, Omit<GradeStep, 'direction'>[]>();
  for (const inspection of inspections) {
    inspection.judgements.forEach((judgement, j) => {
      const areas = judgementAreas(judgement.judgement);
      for (const area of areas.length > 0 ? areas : [judgementArea(judgement.judgement)]) {
        byArea.set(area, [
          ...(byArea.get(area) ?? []),
          {
            inspection: inspection.name,
            year: String(inspectionYear(inspection)),
            judgement: judgement.judgement,
            grade: judgement.grade,
            recordId: `inspections/${inspection.id}/judgements/${j}`,
          },
        ]);
      }
    });
  }
  return [...byArea.entries()]
    .sort((a, b) => areaOrder(a[0]) - areaOrder(b[0]))
    .map(([area, steps]) => ({
      area,
      steps: steps.map((step, i) => ({
        ...step,
        direction: direction(steps[i - 1]?.grade, step.grade),
      })),
    }));
}

/** "Overall effectiveness: Inadequate (2017) → ↑ Good (2020) → = Good (2024)". */
export function describeChange(change: AreaChange): string {
  return `${change.area}: ${change.steps.map(describeStep).join(' → ')}`;
}

/** One step as shown: its arrow, grade and year. */
export function describeStep(step: GradeStep): string {
  return `${arrows[step.direction]}${step.grade} (${step.year})`;
}

function direction(before: string | undefined, grade: string): GradeDirection {
  if (before === undefined) return 'first';
  const was = gradeRank(before);
  const now = gradeRank(grade);
  if (was === undefined || now === undefined) return 'not comparable';
  return now > was ? 'up' : now < was ? 'down' : 'same';
}
