import type { Inspection } from '../facts-schema.ts';
import { inspectionSortKey } from '../inspection-order.ts';

/** The years an inspection can be called by: fieldwork and publication. */
function yearsOf(inspection: Inspection): string[] {
  return [
    inspection.dates?.from,
    inspection.dates?.to,
    inspection.published?.date,
    inspection.published_listing,
  ].flatMap((date) => (date ? [date.slice(0, 4)] : []));
}

/**
 * Links a report's "the last inspection in 2019" to that inspection when its report is loaded
 * too: the same council's latest earlier inspection, in the year the report names if it names
 * one. The report's words stay the source; facts.yaml's own links are left as they are.
 */
export function linkPreviousInspections(inspections: readonly Inspection[]): Inspection[] {
  return inspections.map((inspection) => {
    const previous = inspection.previous;
    const council = inspection.council?.id;
    if (!previous || previous.inspection !== undefined || !council) return inspection;
    const before = inspectionSortKey(inspection);
    const earlier = inspections
      .filter(
        (other) =>
          other !== inspection &&
          other.council?.id === council &&
          inspectionSortKey(other) < before,
      )
      .sort((a, b) => inspectionSortKey(a).localeCompare(inspectionSortKey(b)))
      .at(-1);
    const year = /\b(?:19|20)\d\d\b/.exec(previous.when ?? '')?.[0];
    if (!earlier || (year && !yearsOf(earlier).includes(year))) return inspection;
    return { ...inspection, previous: { ...previous, inspection: earlier.id } };
  });
}
