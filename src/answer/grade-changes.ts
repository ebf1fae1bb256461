import type { RatingEntry } from './answer.ts';
import { gradeRank } from './grade-scale.ts';
import { areaOrder, judgementAreas } from './judgement-area.ts';
import { entryYear } from './rating-history.ts';

/** How a grade stands against the same area's grade at the inspection before. */
export type GradeDirection = 'first' | 'up' | 'down' | 'same' | 'not comparable';

/** One area's grade at one inspection. */
export interface GradeStep {
  inspection: string;
  year: string;
  judgement: string;
  grade: string;
  direction: GradeDirection;
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
 * Each judgement area's grades at each inspection of one council, oldest first, each marked up,
 * down or the same against the one before. A judgement of two areas together (ILACS's children
 * in care and care leavers) counts in both.
 */
export function gradeChanges(entries: readonly RatingEntry[]): AreaChange[] {
  const byArea = new Map<string, RatingEntry[]>();
  for (const entry of entries) {
    const areas = judgementAreas(entry.judgement);
    for (const area of areas.length > 0 ? areas : [entry.area]) {
      byArea.set(area, [...(byArea.get(area) ?? []), entry]);
    }
  }
  return [...byArea.entries()]
    .sort((a, b) => areaOrder(a[0]) - areaOrder(b[0]))
    .map(([area, list]) => {
      const ordered = [...list].sort((a, b) => entryYear(a).localeCompare(entryYear(b)));
      return {
        area,
        steps: ordered.map((entry, i) => ({
          inspection: entry.inspection,
          year: entryYear(entry),
          judgement: entry.judgement,
          grade: entry.grade,
          direction: direction(ordered[i - 1]?.grade, entry.grade),
        })),
      };
    });
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
