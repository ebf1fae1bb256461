import { createHmac, randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { foldText } from '../text/fold-text.ts';

/** Why a question is a gap: nothing answered it, it named a council not loaded, or the answer did not help. */
export type GapKind = 'not-found' | 'council-not-loaded' | 'unhelpful';

const gapEntrySchema = z.object({
  at: z.string(),
  server: z.string(),
  command: z.string(),
  council: z.string().nullable(),
  kind: z.enum(['not-found', 'council-not-loaded', 'unhelpful']),
  query: z.string(),
});
/** One unanswered question, as kept: no user id, the server only as a keyed hash. */
export type GapEntry = z.infer<typeof gapEntrySchema>;

/** A question asked and not answered, counted. */
export interface Gap {
  query: string;
  council: string | null;
  kind: GapKind;
  count: number;
  last: string;
}

/** The log is rotated past this size: one older file is kept, so it never grows without bound. */
export const maxGapLogBytes = 1024 * 1024;
const logName = 'gaps.jsonl';
const keyName = 'gap-key';

/**
 * Questions the bot could not answer, kept append-only in DATA_DIR so moderators can see what
 * to add (/kb gaps). It stores no user ids and names a server only by a keyed hash, whose key
 * never leaves DATA_DIR; safeguarding messages are never passed to it.
 */
export class GapLog {
  private key: Promise<Buffer> | undefined;

  private constructor(private readonly directory: string) {}

  /** The log in `dataDir`; nothing is written until the first question is kept. */
  static async open(dataDir: string): Promise<GapLog> {
    return new GapLog(dataDir);
  }

  /** The keyed hash a server is kept under (the key is made on first use). */
  async serverKey(serverId: string | null): Promise<string> {
    this.key ??= this.readOrMakeKey();
    return createHmac('sha256', await this.key)
      .update(serverId ?? 'direct')
      .digest('hex')
      .slice(0, 16);
  }

  private async readOrMakeKey(): Promise<Buffer> {
    const keyFile = path.join(this.directory, keyName);
    try {
      return await readFile(keyFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await mkdir(this.directory, { recursive: true });
    // Another process may make it at the same moment: then its key is the one to use.
    await writeFile(keyFile, randomBytes(32), { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return readFile(keyFile);
  }

  /** Appends one unanswered question, rotating the file first when it is full. */
  async record(
    entry: Omit<GapEntry, 'at' | 'server'> & { serverId: string | null; at: Date },
  ): Promise<void> {
    const server = await this.serverKey(entry.serverId);
    const file = path.join(this.directory, logName);
    const size = await stat(file).then(
      (info) => info.size,
      () => 0,
    );
    if (size > maxGapLogBytes) await rename(file, `${file}.1`);
    const line: GapEntry = {
      at: entry.at.toISOString(),
      server,
      command: entry.command,
      council: entry.council,
      kind: entry.kind,
      query: entry.query,
    };
    await appendFile(file, `${JSON.stringify(line)}\n`);
  }

  /** A server's unanswered questions, most asked first (the same question folded together). */
  async gaps(serverId: string | null, limit = 15): Promise<Gap[]> {
    const server = await this.serverKey(serverId);
    const counted = new Map<string, Gap>();
    for (const entry of await this.entries()) {
      if (entry.server !== server) continue;
      const key = `${entry.council ?? ''}\0${entry.kind}\0${foldText(entry.query).replace(/\s+/g, ' ').trim()}`;
      const gap = counted.get(key);
      if (gap) {
        gap.count += 1;
        if (entry.at > gap.last) gap.last = entry.at;
      } else {
        counted.set(key, {
          query: entry.query,
          council: entry.council,
          kind: entry.kind,
          count: 1,
          last: entry.at,
        });
      }
    }
    return [...counted.values()]
      .sort((a, b) => b.count - a.count || b.last.localeCompare(a.last))
      .slice(0, limit);
  }

  private async entries(): Promise<GapEntry[]> {
    const file = path.join(this.directory, logName);
    const texts = await Promise.all(
      [`${file}.1`, file].map((name) => readFile(name, 'utf8').catch(() => '')),
    );
    return texts
      .join('\n')
      .split('\n')
      .flatMap((line) => {
        // A line cut short by a crash mid-append, or edited by hand, is skipped, never fatal.
        const parsed = gapEntrySchema.safeParse(safeJson(line));
        return parsed.success ? [parsed.data] : [];
      });
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
