import type { Inspection } from '../knowledge/facts-schema.ts';
import { chooseInspectionsFor } from './choose-inspections.ts';

/**
 * The loaded inspection whose report describes the inspection of a year no loaded report is
 * of: "Bradford children's social care was last inspected by Ofsted in September 2018 and was
 * judged to be inadequate" tells when the 2018 inspection was and how it was judged, with only
 * the 2022 report loaded. For a grade, the account must give one: "since the last inspection in
 * 2015" dates it without saying how it was judged.
 */
export function describingInspection(
  inspections: readonly Inspection[],
  year: number,
  needs: 'date' | 'grade',
): Inspection | undefined {
  if (chooseInspectionsFor(inspections, { kind: 'year', year }, 'latest').length > 0) {
    return undefined;
  }
  return inspections.find(
    ({ previous }) =>
      previous?.when?.includes(String(year)) && (needs === 'date' || previous.grade !== undefined),
  );
}
