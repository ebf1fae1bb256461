import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../../kb/write-file-atomically.ts';
import { ReportFetchError } from './report-fetch-error.ts';

/** How a file on disk compares with what an import would write there. */
export type FileState = 'absent' | 'same' | 'different';

/** One file an import writes: where, and the bytes. */
export interface ReportFile {
  readonly target: string;
  readonly content: Uint8Array;
}

/** What writing a report's files did. */
export type WriteResult = 'unchanged' | 'written' | 'replaced';

/** Compares a file on disk with the bytes that would replace it. */
export async function compareWithExisting(target: string, content: Uint8Array): Promise<FileState> {
  try {
    return Buffer.from(await readFile(target)).equals(content) ? 'same' : 'different';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
}

/**
 * Writes a report's files (the original first, so a document never names a missing original),
 * each atomically; files already identical are left alone, and a different file is replaced
 * only with `force`, otherwise nothing at all is written.
 */
export async function writeReportFiles(
  files: readonly ReportFile[],
  options: { force: boolean; fileName: string },
): Promise<WriteResult> {
  const states = await Promise.all(
    files.map((file) => compareWithExisting(file.target, file.content)),
  );
  const clash = files.find((_file, index) => states[index] === 'different');
  if (clash !== undefined && !options.force) {
    throw new ReportFetchError(
      'exists-different',
      `${options.fileName}: ${clash.target} already exists and differs; pass --force to replace it.`,
    );
  }
  let result: WriteResult = 'unchanged';
  for (const [index, file] of files.entries()) {
    const state = states[index];
    if (state === 'same') continue;
    await mkdir(path.dirname(file.target), { recursive: true });
    await writeFileAtomically(file.target, file.content, { overwrite: state === 'different' });
    if (state === 'different') result = 'replaced';
    else if (result === 'unchanged') result = 'written';
  }
  return result;
}
