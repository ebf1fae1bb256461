import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { manifestDocumentId } from '../knowledge/manifest/manifest-document-id.ts';
import { parseReportManifest } from '../knowledge/manifest/report-manifest.ts';
import { importPdfReport } from '../knowledge/pdf/import-pdf-report.ts';
import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import type { EvaluationContext } from './evaluate-answers.ts';

/**
 * The knowledge the labelled questions are asked of: a knowledge folder's documents (the
 * bundled Croydon set) together with the reports a manifest lists, imported as
 * `kb:import --manifest` would, in a new temporary folder. Returns that folder.
 */
export async function composeEvaluationKnowledge(
  knowledgeDir: string,
  reportsManifest: string | undefined,
): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'eval-knowledge-'));
  for (const entry of await readdir(knowledgeDir, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.startsWith('.') && entry.name.toLowerCase() !== 'readme.md') {
      await copyFile(path.join(knowledgeDir, entry.name), path.join(directory, entry.name));
    }
  }
  if (reportsManifest === undefined) return directory;
  const rows = parseReportManifest(await readFile(reportsManifest, 'utf8'), reportsManifest);
  for (const row of rows) {
    const bytes = new Uint8Array(
      await readFile(path.resolve(path.dirname(reportsManifest), row.file)),
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
  return directory;
}

/** What scoring needs of a loaded library: each document's council, and reports by file. */
export function evaluationContext(
  knowledgeBase: KnowledgeBase,
  library: KnowledgeLibrary,
): EvaluationContext {
  const byReport = new Map(
    knowledgeBase.documents.flatMap((document) =>
      document.meta.source_file ? [[document.meta.source_file, document.meta.id] as const] : [],
    ),
  );
  return {
    councilOfDocument: (docId) => knowledgeBase.documentsById.get(docId)?.meta.council?.id,
    documentOfReport: (file) => byReport.get(file),
    councilId: (name) => {
      const match = library.known.find(name);
      return match.kind === 'found' ? match.council.id : undefined;
    },
  };
}
