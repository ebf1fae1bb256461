import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ImportOptions } from '../knowledge/pdf/import-options.ts';
import { importPdfReport } from '../knowledge/pdf/import-pdf-report.ts';
import { isUserError } from '../user-error.ts';

/** One PDF to import: where it is, the checksum it must have, and its front matter options. */
export interface ReportFileTask {
  readonly index: number;
  readonly pdfPath: string;
  /** The sha256 the manifest gives; a file with another is refused. */
  readonly sha256?: string;
  readonly options: ImportOptions;
}

/** What importing one file came to: the document, or why it was refused. */
export type ReportFileResult =
  | {
      readonly index: number;
      readonly status: 'imported';
      readonly id: string;
      readonly markdown: string;
      readonly paragraphs: number;
      readonly warnings: string[];
    }
  | { readonly index: number; readonly status: 'refused'; readonly reason: string };

/**
 * Read, check and import one PDF, turning every failure into a refusal that names the file, so
 * one bad file in a batch never stops the others.
 */
export async function importReportFile(task: ReportFileTask): Promise<ReportFileResult> {
  const refused = (reason: string): ReportFileResult => ({
    index: task.index,
    status: 'refused',
    reason,
  });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(task.pdfPath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : `it could not be read (${code ?? (error as Error).message})`;
    return refused(`Could not import "${task.options.sourceFileName}": ${why}: ${task.pdfPath}`);
  }
  if (task.sha256 !== undefined) {
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== task.sha256) {
      return refused(
        `Could not import "${task.options.sourceFileName}": its sha256 is ${actual}, but the manifest gives ${task.sha256}.`,
      );
    }
  }
  try {
    const imported = await importPdfReport(bytes, task.options);
    return {
      index: task.index,
      status: 'imported',
      id: imported.frontMatter.id,
      markdown: imported.markdown,
      paragraphs: imported.paragraphNumbers.length,
      warnings: imported.warnings,
    };
  } catch (error) {
    if (isUserError(error)) return refused(error.message);
    // An importer bug on one file is reported with its stack, and the batch goes on.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return refused(
      `Could not import "${task.options.sourceFileName}": unexpected error: ${detail}`,
    );
  }
}
