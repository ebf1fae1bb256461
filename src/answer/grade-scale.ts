import { foldText } from '../text/fold-text.ts';

/** The grades Ofsted's frameworks give, by family: "Requires improvement to be good" is one. */
export type GradeFamily =
  | 'outstanding'
  | 'good'
  | 'requires improvement'
  | 'adequate'
  | 'inadequate';

/**
 * Families in the order they are tested: "requires improvement to be good" names "good" too, so
 * it must be read before "good", and "inadequate" before "adequate".
 */
const families: ReadonlyArray<[GradeFamily, RegExp]> = [
  ['inadequate', /\binadequate\b/],
  ['requires improvement', /\brequires? improvement\b/],
  ['outstanding', /\boutstanding\b/],
  ['good', /\bgood\b/],
  ['adequate', /\badequate\b/],
];

/**
 * Higher is better. "Adequate" belongs to the scale used before 2013, whose grades are not
 * comparable with later grades, so it has no place here and a change from it reads "not
 * comparable" rather than up or down.
 */
const ranks: Readonly<Partial<Record<GradeFamily, number>>> = {
  outstanding: 4,
  good: 3,
  'requires improvement': 2,
  inadequate: 1,
};

/** The family of a grade as a report prints it; undefined for wording that is not a grade. */
export function gradeFamily(grade: string): GradeFamily | undefined {
  const folded = foldText(grade);
  return families.find(([, words]) => words.test(folded))?.[0];
}

/** Where a grade stands on today's scale (higher is better); undefined off that scale. */
export function gradeRank(grade: string): number | undefined {
  const family = gradeFamily(grade);
  return family === undefined ? undefined : ranks[family];
}
