import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { indexSnapshotVersion } from '../search/index-snapshot.ts';

/** What the first line of every snapshot file says it is. */
const snapshotFormat = 'findings-bot index snapshot';

const headerSchema = z.object({
  format: z.literal(snapshotFormat),
  version: z.number().int(),
  contentHash: z.string(),
});
const trailerSchema = z.object({ councils: z.number().int().min(0), checksum: z.string() });

/** What reading a snapshot file found. Only `ok` is ever used; anything else means rebuild. */
export type SnapshotRead =
  | { status: 'ok'; councilLines: string[] }
  | { status: 'missing' }
  | { status: 'stale'; reason: string }
  | { status: 'corrupt'; reason: string };

/** Writes a snapshot a council line at a time; nothing is visible until `finish` renames it in. */
export interface SnapshotWriter {
  add(councilLine: string): Promise<void>;
  finish(): Promise<void>;
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

/**
 * Starts writing a snapshot of the indexes built from the knowledge whose hash is `contentHash`:
 * a header line (format, version, hash), one line per council, then a trailer with the count and
 * a sha256 over every line before it, so a truncated or altered file is detected on reading.
 */
export async function writeIndexSnapshot(
  file: string,
  contentHash: string,
): Promise<SnapshotWriter> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w');
  const checksum = createHash('sha256');
  let councils = 0;
  const write = async (line: string) => {
    const text = `${line}\n`;
    checksum.update(text);
    await handle.write(text);
  };
  await write(
    JSON.stringify({ format: snapshotFormat, version: indexSnapshotVersion, contentHash }),
  );
  return {
    async add(councilLine) {
      councils += 1;
      await write(councilLine);
    },
    async finish() {
      await handle.write(`${JSON.stringify({ councils, checksum: checksum.digest('hex') })}\n`);
      await handle.close();
      // A rename is atomic: a reader sees the old snapshot or the whole new one, never half.
      await rename(temporary, file);
    },
    async abort() {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}

/**
 * Reads a snapshot and checks it before anything in it is used: the format and version, that it
 * was made from knowledge with this `contentHash`, and its checksum and council count.
 */
export async function readIndexSnapshot(file: string, contentHash: string): Promise<SnapshotRead> {
  const lines: string[] = [];
  const checksum = createHash('sha256');
  try {
    const input = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    // Each line is hashed once the next arrives, so the trailer is left out of its own checksum.
    let previous: string | undefined;
    for await (const line of input) {
      if (previous !== undefined) {
        checksum.update(`${previous}\n`);
        lines.push(previous);
      }
      previous = line;
    }
    if (previous !== undefined) lines.push(previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'corrupt', reason: `unreadable (${(error as Error).message})` };
  }
  const header = parseLine(lines[0], headerSchema);
  if (!header) return { status: 'corrupt', reason: 'no snapshot header on the first line' };
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
  const trailer = lines.length >= 2 ? parseLine(lines.at(-1), trailerSchema) : undefined;
  if (!trailer) return { status: 'corrupt', reason: 'no trailer: the file is truncated' };
  const councilLines = lines.slice(1, -1);
  if (trailer.checksum !== checksum.digest('hex')) {
    return { status: 'corrupt', reason: 'checksum does not match the contents' };
  }
  if (trailer.councils !== councilLines.length) {
    return {
      status: 'corrupt',
      reason: `${councilLines.length} council lines, trailer says ${trailer.councils}`,
    };
  }
  return { status: 'ok', councilLines };
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
