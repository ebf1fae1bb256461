import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../text/parse-csv.ts';
import { parseReportManifest } from '../manifest/report-manifest.ts';
import type { Council } from './council-directory.ts';

/** The national report manifest shipped with the project: every council Ofsted has reported on. */
export const bundledCataloguePath = fileURLToPath(
  new URL('../../../catalogue/ofsted-reports.csv', import.meta.url),
);
/** Short forms of place names people type ("northants", "brum"), each with the word it stands for. */
export const bundledShortFormsPath = fileURLToPath(
  new URL('../../../catalogue/place-short-forms.csv', import.meta.url),
);

/** Every council the bot can name, and the short forms people write their names with. */
export interface CouncilCatalogue {
  councils: Council[];
  shortForms: ReadonlyMap<string, string>;
}

/** Reads the catalogue: the councils of a report manifest and the place short forms. */
export async function loadCatalogue(
  manifest = bundledCataloguePath,
  shortForms = bundledShortFormsPath,
): Promise<CouncilCatalogue> {
  return {
    councils: await loadCouncilCatalogue(manifest),
    shortForms: await loadShortForms(shortForms),
  };
}

/** Reads `short,full` rows; a row that is not two single words is refused by line. */
export async function loadShortForms(file: string): Promise<Map<string, string>> {
  const [header, ...rows] = parseCsv(await readFile(file, 'utf8'));
  if (header?.join(',') !== 'short,full') {
    throw new Error(`${file}: the header must be "short,full"`);
  }
  const forms = new Map<string, string>();
  rows.forEach((row, index) => {
    const [short, full] = row.map((cell) => cell.trim().toLowerCase());
    if (row.length === 1 && row[0] === '') return;
    if (!short || !full || !/^[a-z]+$/.test(short) || !/^[a-z]+$/.test(full) || row.length !== 2) {
      throw new Error(
        `${file}: line ${index + 2}: expected a short form and the word it stands for`,
      );
    }
    forms.set(short, full);
  });
  return forms;
}

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
