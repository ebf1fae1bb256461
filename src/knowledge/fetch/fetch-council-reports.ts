import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { manifestDocumentId } from '../manifest/manifest-document-id.ts';
import type { ManifestRow } from '../manifest/report-manifest.ts';
import { importPdfReport } from '../pdf/import-pdf-report.ts';
import { PdfImportError } from '../pdf/pdf-import-error.ts';
import { downloadReport } from './download-report.ts';
import { ReportFetchError, type ReportFetchFailure } from './report-fetch-error.ts';
import { sha256Hex, verifyReportBytes } from './verify-report-bytes.ts';
import { writeReportFiles } from './write-report-files.ts';

/** Where the reports go and how patient to be with the server. */
export interface FetchCouncilOptions {
  readonly outDir: string;
  readonly force: boolean;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly fetch?: typeof globalThis.fetch;
  /** Replaceable so tests of the write rules need not parse a real PDF each time. */
  readonly importReport?: typeof importPdfReport;
  /**
   * Documents already in the folder by the sha256 of the PDF they were imported from: a report
   * imported under another id (the bundled `ofsted-2017.md`, say) is not imported a second time.
   */
  readonly documentsBySha256?: ReadonlyMap<string, string>;
  /** One line as each report is done, so a slow download is not a silent one. */
  readonly progress?: (line: string) => void;
}

interface OutcomeBase {
  readonly row: ManifestRow;
  readonly id: string;
  readonly fileName: string;
  /** Whether the bytes came over the network (not from an original already in the folder). */
  readonly downloaded: boolean;
}

/** What happened to one report. */
export type ReportOutcome =
  | (OutcomeBase & {
      readonly status: 'imported';
      readonly replaced: boolean;
      readonly documentFile: string;
      readonly title: string;
      readonly paragraphs: number;
      readonly warnings: readonly string[];
    })
  | (OutcomeBase & { readonly status: 'unchanged'; readonly documentFile: string })
  | (OutcomeBase & {
      readonly status: 'refused';
      readonly failure: ReportFetchFailure | 'not-tried';
      readonly reason: string;
    });

/**
 * Fetches, verifies and imports each report in turn. A refused report does not stop the rest,
 * except that once a host cannot be reached at all its other reports are not tried, so a dead
 * network gives one message rather than one timeout per report.
 */
export async function fetchCouncilReports(
  rows: readonly ManifestRow[],
  options: FetchCouncilOptions,
): Promise<ReportOutcome[]> {
  const outcomes: ReportOutcome[] = [];
  const unreachableHosts = new Set<string>();
  for (const row of rows) {
    const host = new URL(row.url).host;
    const base = { row, id: manifestDocumentId(row), fileName: path.basename(row.file) };
    if (unreachableHosts.has(host)) {
      outcomes.push({
        ...base,
        downloaded: false,
        status: 'refused',
        failure: 'not-tried',
        reason: `${base.fileName}: not tried, since ${host} could not be reached.`,
      });
      continue;
    }
    const existing = options.documentsBySha256?.get(row.sha256);
    if (existing !== undefined && existing !== `${base.id}.md`) {
      const outcome: ReportOutcome = {
        ...base,
        downloaded: false,
        status: 'unchanged',
        documentFile: existing,
      };
      options.progress?.(`${base.fileName}: already in the folder as ${existing} (same sha256).`);
      outcomes.push(outcome);
      continue;
    }
    const outcome = await fetchOne(row, base, options);
    if (outcome.status === 'refused' && outcome.failure === 'unreachable') {
      unreachableHosts.add(host);
    }
    options.progress?.(describeProgress(outcome));
    outcomes.push(outcome);
  }
  return outcomes;
}

async function fetchOne(
  row: ManifestRow,
  base: Omit<OutcomeBase, 'downloaded'>,
  options: FetchCouncilOptions,
): Promise<ReportOutcome> {
  const { fileName, id } = base;
  const originalPath = path.join(options.outDir, 'originals', fileName);
  let downloaded = false;
  try {
    // An original already here with the manifest's hash is the same report: no need to fetch it.
    let bytes = await readIfPresent(originalPath);
    if (bytes === undefined || sha256Hex(bytes) !== row.sha256) {
      bytes = await downloadReport(row.url, {
        fileName,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      });
      downloaded = true;
      verifyReportBytes(bytes, { fileName, url: row.url, sha256: row.sha256 });
    }
    const importReport = options.importReport ?? importPdfReport;
    const imported = await importReport(bytes, {
      sourceFileName: fileName,
      id,
      published: row.published,
      url: row.url,
      council: { id: row.council_slug, name: row.council, ofsted_urn: row.ofsted_urn },
    });
    const documentFile = `${imported.frontMatter.id}.md`;
    const written = await writeReportFiles(
      [
        { target: originalPath, content: bytes },
        {
          target: path.join(options.outDir, documentFile),
          content: Buffer.from(imported.markdown, 'utf8'),
        },
      ],
      { force: options.force, fileName },
    );
    if (written === 'unchanged') return { ...base, downloaded, status: 'unchanged', documentFile };
    return {
      ...base,
      downloaded,
      status: 'imported',
      replaced: written === 'replaced',
      documentFile,
      title: imported.frontMatter.title,
      paragraphs: imported.paragraphNumbers.length,
      warnings: imported.warnings,
    };
  } catch (error) {
    if (error instanceof ReportFetchError) {
      return {
        ...base,
        downloaded,
        status: 'refused',
        failure: error.failure,
        reason: error.message,
      };
    }
    if (error instanceof PdfImportError) {
      return {
        ...base,
        downloaded,
        status: 'refused',
        failure: 'import-failed',
        reason: `${error.message} (from ${row.url})`,
      };
    }
    throw error;
  }
}

async function readIfPresent(file: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function describeProgress(outcome: ReportOutcome): string {
  const source = outcome.downloaded
    ? `downloaded from ${outcome.row.url}`
    : 'original already here';
  switch (outcome.status) {
    case 'imported':
      return `${outcome.fileName}: ${source}, sha256 verified; ${outcome.replaced ? 'replaced' : 'wrote'} ${outcome.documentFile} ("${outcome.title}", ${outcome.paragraphs} numbered paragraphs).`;
    case 'unchanged':
      return `${outcome.fileName}: ${source}; ${outcome.documentFile} unchanged.`;
    case 'refused':
      // The reason is in the summary; saying it twice would bury it.
      return `${outcome.fileName}: refused.`;
  }
}
