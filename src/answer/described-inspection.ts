import type { Inspection } from '../knowledge/facts-schema.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import { chooseInspectionsFor } from './choose-inspections.ts';

/**
 * The loaded inspection whose report describes the inspection of a year no loaded report is
 * of: "Bradford children's social care was last inspected by Ofsted in September 2018 and was
 * judged to be inadequate" tells when the 2018 inspection was and how it was judged, with only
 * the 2022 report loaded. For a grade, the account must give one: "since the last inspection in
 * 2015" dates it without saying how it was judged; for the month, it must name one ("in 2017"
 * gives only the year).
 */
export function describingInspection(
  inspections: readonly Inspection[],
  year: number,
  needs: 'date' | 'month' | 'grade',
): Inspection | undefined {
  if (chooseInspectionsFor(inspections, { kind: 'year', year }, 'latest').length > 0) {
    return undefined;
  }
  return inspections.find(
    ({ previous }) =>
      previous?.when?.includes(String(year)) &&
      (needs === 'date' ||
        (needs === 'month' && monthName.test(previous.when)) ||
        (needs === 'grade' && previous.grade !== undefined)),
  );
}

const monthName = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * The inspection whose report's account answers a question about a year no loaded report is
 * of: its date ("when", "how long"), or its overall grade. The account gives no area's grade
 * and none of that inspection's findings.
 */
export function describingInspectionFor(
  inspections: readonly Inspection[],
  query: QuestionQuery,
): Inspection | undefined {
  const ref = query.inspection;
  if (ref.kind !== 'year') return undefined;
  if (query.asks === 'grade' && query.area === undefined) {
    return describingInspection(inspections, ref.year, 'grade');
  }
  if (query.asks === 'date' || query.asks === 'span') {
    return describingInspection(inspections, ref.year, query.asksMonth ? 'month' : 'date');
  }
  return undefined;
}
