import type { ManifestRow } from './report-manifest.ts';

/**
 * The document id a manifest row is imported as: the council's slug, the publisher, then the
 * publication date (`lambeth-ofsted-2022-12-16`). One function, so a bulk import, kb:fetch and
 * the evaluation all name the same report the same way.
 */
export function manifestDocumentId(row: Pick<ManifestRow, 'council_slug' | 'published'>): string {
  return `${row.council_slug}-ofsted-${row.published}`;
}
