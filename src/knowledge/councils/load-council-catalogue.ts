import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseReportManifest } from '../manifest/report-manifest.ts';
import type { Council } from './council-directory.ts';

/** The national report manifest shipped with the project: every council Ofsted has reported on. */
export const bundledCataloguePath = fileURLToPath(
  new URL('../../../catalogue/ofsted-reports.csv', import.meta.url),
);

/**
 * Every council a manifest names, once each (by its stable slug). The bot uses these to know a
 * council it has no documents for, so it can say so by name rather than answer from another.
 */
export async function loadCouncilCatalogue(file = bundledCataloguePath): Promise<Council[]> {
  const rows = parseReportManifest(await readFile(file, 'utf8'), file);
  const councils = new Map<string, Council>();
  for (const row of rows) {
    councils.set(row.council_slug, {
      id: row.council_slug,
      name: row.council,
      ofstedUrn: row.ofsted_urn,
    });
  }
  return [...councils.values()];
}
