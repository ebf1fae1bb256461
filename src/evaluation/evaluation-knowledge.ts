import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { importManifestReports } from '../knowledge/manifest/import-manifest-reports.ts';
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
  await importManifestReports(reportsManifest, directory);
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
