import { constants, type Dirent } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeUtf8 } from '../text/decode-utf8.ts';
import type { KnowledgeProblem } from './knowledge-problem.ts';

/**
 * The largest knowledge file loaded. The longest bundled report (Ofsted 2017, 39 pages) is
 * 92 KB of Markdown, so 2 MiB is room for a report twenty times its length; a bigger file is
 * not one document (a merged dump, a log, a binary) and would only slow every load and index
 * build, so it is refused by name before it is read.
 */
export const maxKnowledgeFileBytes = 2 * 1024 * 1024;

/** One knowledge file's bytes and text, or the problem that keeps it out of the load. */
export type KnowledgeFileRead =
  | { ok: true; bytes: Buffer; text: string }
  | { ok: false; problem: KnowledgeProblem };

/**
 * Reads one top-level entry of the knowledge folder: a regular UTF-8 file of at most
 * maxKnowledgeFileBytes. Symbolic links are refused, never followed (see `symlinkReason`).
 */
export async function readKnowledgeFile(
  directory: string,
  entry: Dirent,
): Promise<KnowledgeFileRead> {
  const refuse = (reason: string): KnowledgeFileRead => ({
    ok: false,
    problem: { file: entry.name, field: 'file', reason },
  });
  if (entry.isSymbolicLink()) return refuse(symlinkReason);
  let bytes: Buffer;
  try {
    // O_NOFOLLOW: a file swapped for a link after the listing is still not followed.
    const handle = await open(
      join(directory, entry.name),
      constants.O_RDONLY | constants.O_NOFOLLOW,
    );
    try {
      const { size } = await handle.stat();
      if (size > maxKnowledgeFileBytes) {
        return refuse(
          `too large: ${formatBytes(size)}, the limit is ${formatBytes(maxKnowledgeFileBytes)} per file; put each document in a file of its own`,
        );
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refuse(symlinkReason);
    return refuse(`could not be read (${code ?? (error as Error).message})`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const what =
      decoded.byte === undefined
        ? 'text ends inside a character'
        : `invalid byte 0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return refuse(
      `not UTF-8 text: ${what} at byte offset ${decoded.offset}; save the file as UTF-8`,
    );
  }
  return { ok: true, bytes, text: decoded.text };
}

/**
 * Links are reported rather than followed: one can lead outside the folder, and what a link
 * points at is not what the content hash, the watcher or /kb remove see in the folder.
 */
const symlinkReason =
  'is a symbolic link; links are not followed (one could lead outside the folder): copy the file into the folder instead';

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-GB')} bytes`;
}
