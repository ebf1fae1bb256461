import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { manifestDocumentId } from '../knowledge/manifest/manifest-document-id.ts';
import {
  ManifestError,
  type ManifestRow,
  parseReportManifest,
} from '../knowledge/manifest/report-manifest.ts';
import { UserError } from '../user-error.ts';
import { runImportPool } from './import-pool.ts';
import type { ReportFileResult, ReportFileTask } from './import-report-file.ts';
import { type FileOutcome, formatImportSummary } from './import-run-summary.ts';
import { ExistingFileError, writeImportedReport } from './write-imported-report.ts';

/** A manifest import as the command line asks for it. */
export interface ManifestImportRequest {
  readonly manifest: string;
  /** Council slugs to import; all when empty. */
  readonly councils: readonly string[];
  readonly out: string;
  readonly force: boolean;
  readonly jobs: number;
}

/**
 * Import every report a manifest lists (or those of the councils asked for) into `out`, in a
 * pool of child processes, each PDF checked against the manifest's sha256 and given the
 * manifest's council, date and address; prints a line per file, then the run's summary.
 * Returns 0 when every report imported, 1 when any was refused.
 */
export async function importManifest(
  request: ManifestImportRequest,
  print: (line: string) => void,
): Promise<number> {
  const started = performance.now();
  const rows = selectCouncils(await readManifest(request.manifest), request);
  const base = path.dirname(request.manifest);
  const tasks: ReportFileTask[] = rows.map((row, index) => ({
    index,
    pdfPath: path.resolve(base, row.file),
    sha256: row.sha256,
    options: {
      sourceFileName: path.basename(row.file),
      id: manifestDocumentId(row),
      published: row.published,
      publishedFromListing: true,
      url: row.url,
      council: { id: row.council_slug, name: row.council, ofsted_urn: row.ofsted_urn },
    },
  }));

  const outcomes: FileOutcome[] = [];
  const record = async (result: ReportFileResult) => {
    const row = rows[result.index];
    const file = row?.file ?? `row ${result.index}`;
    const outcome = row === undefined ? result : await writeResult(result, row, request);
    if (outcome.status === 'imported') {
      outcomes.push({ file, status: 'imported', warnings: outcome.warnings });
      print(
        `[${outcomes.length}/${rows.length}] ${outcome.id}: ${outcome.paragraphs} numbered paragraphs${outcome.warnings.length > 0 ? `, ${outcome.warnings.length} warning(s)` : ''}`,
      );
      for (const warning of outcome.warnings) print(`  Warning: ${warning}`);
    } else {
      outcomes.push({ file, status: 'refused', reason: outcome.reason });
      print(`[${outcomes.length}/${rows.length}] Refused: ${outcome.reason}`);
    }
  };
  await runImportPool(tasks, { jobs: request.jobs, onResult: record });

  for (const line of formatImportSummary(outcomes, performance.now() - started, request.jobs)) {
    print(line);
  }
  return outcomes.some((outcome) => outcome.status === 'refused') ? 1 : 0;
}

async function readManifest(manifest: string): Promise<ManifestRow[]> {
  let text: string;
  try {
    text = await readFile(manifest, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      throw new UserError('not-found', `kb:import: no such manifest: ${manifest}`);
    }
    throw error;
  }
  let rows: ManifestRow[];
  try {
    rows = parseReportManifest(text, manifest);
  } catch (error) {
    if (error instanceof ManifestError)
      throw new UserError('bad-input', `kb:import: ${error.message}`);
    throw error;
  }
  const seen = new Map<string, string>();
  for (const row of rows) {
    const id = manifestDocumentId(row);
    const other = seen.get(id);
    if (other !== undefined) {
      throw new UserError(
        'bad-input',
        `kb:import: ${manifest}: "${other}" and "${row.file}" would both be document "${id}" (same council and publication date).`,
      );
    }
    seen.set(id, row.file);
  }
  return rows;
}

function selectCouncils(rows: ManifestRow[], request: ManifestImportRequest): ManifestRow[] {
  if (request.councils.length === 0) return rows;
  const known = new Set(rows.map((row) => row.council_slug));
  const unknown = request.councils.filter((slug) => !known.has(slug));
  if (unknown.length > 0) {
    throw new UserError(
      'bad-input',
      `kb:import: ${request.manifest} lists no council ${unknown.map((slug) => `"${slug}"`).join(', ')} (give the council_slug column's value).`,
    );
  }
  const wanted = new Set(request.councils);
  return rows.filter((row) => wanted.has(row.council_slug));
}

/** Write an imported document and its original; an existing different file refuses it. */
async function writeResult(
  result: ReportFileResult,
  row: ManifestRow,
  request: ManifestImportRequest,
): Promise<ReportFileResult> {
  if (result.status === 'refused') return result;
  const base = path.dirname(request.manifest);
  const source = path.resolve(base, row.file);
  try {
    await writeImportedReport(
      {
        documentPath: path.join(request.out, `${result.id}.md`),
        markdown: Buffer.from(result.markdown, 'utf8'),
        originalPath: path.join(request.out, 'originals', path.basename(row.file)),
        original: new Uint8Array(await readFile(source)),
      },
      request.force,
    );
    return result;
  } catch (error) {
    if (error instanceof ExistingFileError) {
      return {
        index: result.index,
        status: 'refused',
        reason: `Did not import "${row.file}": ${error.message}`,
      };
    }
    throw error;
  }
}
