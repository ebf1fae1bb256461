import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { IndexSnapshotError, indexSnapshotVersion } from '../search/index-snapshot.ts';

const newline = 0x0a;
const newlineBytes = Buffer.from('\n');

/** What the first line of every snapshot file says it is. */
const snapshotFormat = 'findings-bot index snapshot';

const headerSchema = z.object({
  format: z.literal(snapshotFormat),
  version: z.number().int(),
  contentHash: z.string(),
});
const entrySchema = z.object({
  councilId: z.string().min(1),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  sha256: z.string(),
});
const trailerSchema = z.object({
  councils: z.number().int().min(0),
  entries: z.array(entrySchema),
  checksum: z.string(),
});

/** Where one council's line sits in a snapshot file, and the sha256 of its bytes. */
export type CouncilEntry = z.infer<typeof entrySchema>;

/** What reading a snapshot file found. Only `ok` is ever used; anything else means rebuild. */
export type SnapshotRead =
  | { status: 'ok'; file: string; councils: CouncilEntry[] }
  | { status: 'missing' }
  | { status: 'stale'; reason: string }
  | { status: 'corrupt'; reason: string };

/** Writes a snapshot a council line at a time; nothing is visible until `finish` renames it in. */
export interface SnapshotWriter {
  /** Adds a council's line, as a string or as its UTF-8 bytes. */
  add(councilId: string, councilLine: string | Uint8Array): Promise<void>;
  /** Renames the file in; whether it was written (a failure is the writer's to report). */
  finish(): Promise<boolean>;
  abort(): Promise<void>;
}

/**
 * The snapshot file for a knowledge directory inside `snapshotDirectory`, named after the
 * directory so several knowledge sets (the bot, a bench run) can share one DATA_DIR.
 */
export function snapshotFileFor(snapshotDirectory: string, knowledgeDirectory: string): string {
  const key = createHash('sha256').update(path.resolve(knowledgeDirectory)).digest('hex');
  return path.join(snapshotDirectory, `index-snapshot-${key.slice(0, 12)}.jsonl`);
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** What the trailer's checksum covers: the header and every council's place and hash. */
const trailerChecksum = (header: string, entries: readonly CouncilEntry[]) =>
  sha256(`${header}\n${JSON.stringify(entries)}`);

/**
 * Starts writing a snapshot of the indexes built from the knowledge whose hash is `contentHash`:
 * a header line (format, version, hash), one line per council, then a trailer saying where each
 * council's line is and its sha256, so one council can be read on its own when first asked for,
 * and a truncated or altered file is detected.
 */
export async function writeIndexSnapshot(
  file: string,
  contentHash: string,
): Promise<SnapshotWriter> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w');
  const entries: CouncilEntry[] = [];
  const header = JSON.stringify({
    format: snapshotFormat,
    version: indexSnapshotVersion,
    contentHash,
  });
  let offset = 0;
  const write = async (line: string | Uint8Array) => {
    const bytes = typeof line === 'string' ? Buffer.from(line, 'utf8') : line;
    await handle.write(bytes);
    await handle.write(newlineBytes);
    offset += bytes.byteLength + 1;
  };
  await write(header);
  return {
    async add(councilId, councilLine) {
      const bytes =
        typeof councilLine === 'string' ? Buffer.from(councilLine, 'utf8') : councilLine;
      entries.push({ councilId, offset, length: bytes.byteLength, sha256: sha256(bytes) });
      await write(bytes);
    },
    async finish() {
      const checksum = trailerChecksum(header, entries);
      await write(JSON.stringify({ councils: entries.length, entries, checksum }));
      await handle.close();
      // A rename is atomic: a reader sees the old snapshot or the whole new one, never half.
      await rename(temporary, file);
      return true;
    },
    async abort() {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}

/**
 * Reads a snapshot's header and trailer and checks the whole file before anything in it is
 * used: the format and version, that it was made from knowledge with this `contentHash`, that
 * the councils' lines fill the file between them, and every line's sha256. The lines are not
 * kept: `readCouncilLine` reads one when its council is first asked for.
 */
export async function readIndexSnapshot(file: string, contentHash: string): Promise<SnapshotRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'corrupt', reason: `unreadable (${(error as Error).message})` };
  }
  try {
    return await checkSnapshot(handle, file, contentHash);
  } catch (error) {
    return { status: 'corrupt', reason: `unreadable (${(error as Error).message})` };
  } finally {
    await handle.close();
  }
}

async function checkSnapshot(
  handle: FileHandle,
  file: string,
  contentHash: string,
): Promise<SnapshotRead> {
  const { size } = await handle.stat();
  const headerText = await firstLine(handle, size);
  const header = parseLine(headerText, headerSchema);
  if (headerText === undefined || !header) {
    return { status: 'corrupt', reason: 'no snapshot header on the first line' };
  }
  if (header.version !== indexSnapshotVersion) {
    return {
      status: 'stale',
      reason: `format version ${header.version}, expected ${indexSnapshotVersion}`,
    };
  }
  if (header.contentHash !== contentHash) {
    return {
      status: 'stale',
      reason: `made from knowledge ${header.contentHash.slice(0, 12)}, loaded ${contentHash.slice(0, 12)}`,
    };
  }
  const last = await lastLine(handle, size);
  const trailer = last ? parseLine(last.text, trailerSchema) : undefined;
  if (!last || !trailer) return { status: 'corrupt', reason: 'no trailer: the file is truncated' };
  if (trailer.checksum !== trailerChecksum(headerText, trailer.entries)) {
    return { status: 'corrupt', reason: 'checksum does not match the trailer' };
  }
  if (trailer.councils !== trailer.entries.length) {
    return {
      status: 'corrupt',
      reason: `${trailer.entries.length} council lines, trailer says ${trailer.councils}`,
    };
  }
  let expected = Buffer.byteLength(headerText) + 1;
  // One buffer for every line: a fresh one per council made 100 MiB of short-lived memory at
  // national scale, and the collection it set off paused answering.
  const longest = Math.max(0, ...trailer.entries.map((entry) => entry.length));
  const buffer = Buffer.allocUnsafe(Math.min(longest, size) + 1);
  for (const entry of trailer.entries) {
    if (entry.offset !== expected) {
      return {
        status: 'corrupt',
        reason: `council "${entry.councilId}" is not where it should be`,
      };
    }
    if (entry.length >= buffer.length) {
      return { status: 'corrupt', reason: `council "${entry.councilId}" runs past the file's end` };
    }
    const bytes = await readBytes(handle, entry.offset, entry.length + 1, buffer);
    if (bytes.at(-1) !== newline || sha256(bytes.subarray(0, entry.length)) !== entry.sha256) {
      return {
        status: 'corrupt',
        reason: `checksum does not match the contents (council "${entry.councilId}")`,
      };
    }
    expected = entry.offset + entry.length + 1;
  }
  if (expected !== last.offset) {
    return { status: 'corrupt', reason: 'the council lines do not fill the file' };
  }
  return { status: 'ok', file, councils: trailer.entries };
}

/**
 * One council's line, read on its own (synchronously: it is asked for while answering, and one
 * council's line is small) and checked against its sha256 again, since the file may have been
 * replaced since it was first read. Throws IndexSnapshotError when it does not match.
 */
export function readCouncilLine(file: string, entry: CouncilEntry): string {
  let bytes: Buffer;
  try {
    const descriptor = openSync(file, 'r');
    try {
      bytes = Buffer.alloc(entry.length);
      const read = readSync(descriptor, bytes, 0, entry.length, entry.offset);
      if (read !== entry.length) bytes = bytes.subarray(0, read);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    throw new IndexSnapshotError(
      `index snapshot: council "${entry.councilId}" is unreadable (${(error as Error).message})`,
      { cause: error },
    );
  }
  if (sha256(bytes) !== entry.sha256) {
    throw new IndexSnapshotError(
      `index snapshot: council "${entry.councilId}" does not match its checksum (the file changed since it was opened)`,
    );
  }
  return bytes.toString('utf8');
}

async function readBytes(
  handle: FileHandle,
  offset: number,
  length: number,
  into: Buffer = Buffer.alloc(length),
): Promise<Buffer> {
  const { bytesRead } = await handle.read(into, 0, length, offset);
  return into.subarray(0, bytesRead);
}

/** The file's first line, without its newline; undefined if it has none. */
async function firstLine(handle: FileHandle, size: number): Promise<string | undefined> {
  for (let length = 4096; ; length *= 4) {
    const bytes = await readBytes(handle, 0, Math.min(length, size));
    const end = bytes.indexOf(newline);
    if (end !== -1) return bytes.subarray(0, end).toString('utf8');
    if (length >= size) return undefined;
  }
}

/** The file's last line (it ends in a newline) and where it starts. */
async function lastLine(
  handle: FileHandle,
  size: number,
): Promise<{ text: string; offset: number } | undefined> {
  for (let length = 64 * 1024; ; length *= 4) {
    const start = Math.max(0, size - length);
    const bytes = await readBytes(handle, start, size - start);
    if (bytes.at(-1) !== newline) return undefined;
    const before = bytes.length >= 2 ? bytes.lastIndexOf(newline, bytes.length - 2) : -1;
    if (before !== -1) {
      return {
        text: bytes.subarray(before + 1, bytes.length - 1).toString('utf8'),
        offset: start + before + 1,
      };
    }
    if (start === 0) return undefined;
  }
}

function parseLine<T>(line: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (line === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
