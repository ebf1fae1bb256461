import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../kb/write-file-atomically.ts';

/** Where an import wants to write its document and its copy of the original. */
export interface ImportTargets {
  readonly documentPath: string;
  readonly markdown: Uint8Array;
  readonly originalPath: string;
  readonly original: Uint8Array;
}

/** What writing did to each target. */
export type WriteOutcome = 'written' | 'unchanged';

/** A target that exists with other content, which only `--force` may replace. */
export class ExistingFileError extends Error {
  override readonly name = 'ExistingFileError';
  constructor(readonly target: string) {
    super(`${target} already exists and differs; pass --force to replace it.`);
  }
}

/**
 * Write an imported document and copy its original, each atomically, after checking both: a
 * target that exists and differs is refused unless forced, and nothing is written then.
 */
export async function writeImportedReport(
  targets: ImportTargets,
  force: boolean,
): Promise<{ document: WriteOutcome; original: WriteOutcome }> {
  const documentState = await compareWithExisting(targets.documentPath, targets.markdown);
  const originalState = await compareWithExisting(targets.originalPath, targets.original);
  if (!force) {
    if (originalState === 'different') throw new ExistingFileError(targets.originalPath);
    if (documentState === 'different') throw new ExistingFileError(targets.documentPath);
  }
  // The original first: a document never names a source file that is not there.
  if (originalState !== 'same') await writeAtomically(targets.originalPath, targets.original);
  if (documentState !== 'same') await writeAtomically(targets.documentPath, targets.markdown);
  return {
    original: originalState === 'same' ? 'unchanged' : 'written',
    document: documentState === 'same' ? 'unchanged' : 'written',
  };
}

async function compareWithExisting(
  target: string,
  content: Uint8Array,
): Promise<'absent' | 'same' | 'different'> {
  try {
    return Buffer.from(await readFile(target)).equals(content) ? 'same' : 'different';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
}

/**
 * Write via the project's atomic write (a dot-named temporary file, flushed, then renamed), so
 * neither the knowledge loader nor the folder watcher ever sees a half-written file.
 */
async function writeAtomically(target: string, content: Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomically(target, content, { overwrite: true });
}
