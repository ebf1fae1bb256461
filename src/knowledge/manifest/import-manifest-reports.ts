import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importPdfReport } from '../pdf/import-pdf-report.ts';
import { manifestDocumentId } from './manifest-document-id.ts';
import { type ManifestRow, parseReportManifest } from './report-manifest.ts';

/**
 * Imports the reports a manifest lists (those `keep` accepts) into `directory`, in this
 * process, one after another, each with its row's council, date and link. For small sets (the
 * evaluation, tests); `kb:import --manifest` runs the national set in a pool and checks sha256.
 */
export async function importManifestReports(
  manifestPath: string,
  directory: string,
  keep: (row: ManifestRow) => boolean = () => true,
): Promise<void> {
  const rows = parseReportManifest(await readFile(manifestPath, 'utf8'), manifestPath).filter(keep);
  for (const row of rows) {
    const bytes = new Uint8Array(
      await readFile(path.resolve(path.dirname(manifestPath), row.file)),
    );
    const imported = await importPdfReport(bytes, {
      sourceFileName: path.basename(row.file),
      id: manifestDocumentId(row),
      published: row.published,
      url: row.url,
      council: { id: row.council_slug, name: row.council, ofsted_urn: row.ofsted_urn },
    });
    await writeFile(path.join(directory, `${imported.frontMatter.id}.md`), imported.markdown);
  }
}
