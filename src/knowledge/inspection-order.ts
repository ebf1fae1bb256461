import type { Inspection } from './facts-schema.ts';

/**
 * When an inspection happened, for ordering: its last fieldwork day, else its publication
 * (printed, or from the listing),
 * else the year in its id or name ("inspection-2012" sorts as early 2012, not after 2024).
 */
export function inspectionSortKey(inspection: Inspection): string {
  const exact = inspection.dates?.to ?? inspection.published?.date ?? inspection.published_listing;
  if (exact) return exact;
  const year = /\b(19|20)\d\d\b/.exec(
    `${inspection.id} ${inspection.name}`.replace(/-/g, ' '),
  )?.[0];
  return year ? `${year}-00-00` : '0000-00-00';
}

/** Inspections oldest first. */
export function inspectionsOldestFirst(inspections: readonly Inspection[]): Inspection[] {
  return [...inspections].sort(
    (a, b) => inspectionSortKey(a).localeCompare(inspectionSortKey(b)) || a.id.localeCompare(b.id),
  );
}
