import MiniSearch, { type AsPlainObject } from 'minisearch';
import { z } from 'zod';
import type { KnowledgeIndexData } from './knowledge-index.ts';
import type { ShingleIndexData } from './quote-shingles.ts';
import { miniSearchOptions, type SearchDocument, type SearchIndexData } from './search-index.ts';

/**
 * Bumped whenever what a snapshot holds, or how an index reads it, changes: a snapshot of
 * another version is rebuilt, never trusted. The knowledge's hash covers its files, not what
 * is read from them, so a change to the facts read from a report (which sentences are its
 * strengths) bumps it too: version 4 reads a recorded grade as no strength.
 */
export const indexSnapshotVersion = 4;

/** One council's built indexes as plain JSON data, keyed by the council's id. */
export interface CouncilIndexSnapshot {
  councilId: string;
  passages: SearchIndexSnapshot;
  facts: SearchIndexSnapshot;
  primaryRuns: ShingleSnapshot;
  buildMs: number;
}

/** A shingle index with its typed arrays as base64 (of this machine's byte order). */
interface ShingleSnapshot {
  ids: string[];
  hashes: string;
  holders: string;
}

interface SearchIndexSnapshot {
  miniSearch: AsPlainObject;
  size: number;
  documentFrequency: [string, number][];
  surfaceCounts: [string, number][];
}

/**
 * Entry lists are checked for being lists only: they hold millions of pairs at national scale,
 * and the snapshot file's checksum already proves they are the bytes that were written.
 */
const entriesOf = <T>(what: string) =>
  z.custom<T[]>((value) => Array.isArray(value), `${what} is not a list`);
const countsSchema = entriesOf<[string, number]>('a term count list');
const searchIndexSchema = z.object({
  // MiniSearch checks the rest of its own format (and its version) in loadJS.
  miniSearch: z.custom<AsPlainObject>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      'serializationVersion' in value &&
      'documentCount' in value,
    'is not a MiniSearch index',
  ),
  size: z.number().int().min(0),
  documentFrequency: countsSchema,
  surfaceCounts: countsSchema,
});
const councilSnapshotSchema = z.object({
  councilId: z.string().min(1),
  passages: searchIndexSchema,
  facts: searchIndexSchema,
  primaryRuns: z.object({
    ids: z.array(z.string()),
    hashes: z.base64(),
    holders: z.base64(),
  }),
  buildMs: z.number(),
});

/** A snapshot that cannot be revived: named by module and council, and why. */
export class IndexSnapshotError extends Error {
  override readonly name = 'IndexSnapshotError';
}

/** One council's indexes as one line of JSON (a snapshot file holds one line per council). */
export function serializeCouncilIndex(councilId: string, data: KnowledgeIndexData): string {
  const snapshot: CouncilIndexSnapshot = {
    councilId,
    passages: serializeSearchIndex(data.passages),
    facts: serializeSearchIndex(data.facts),
    primaryRuns: {
      ids: data.primaryRuns.ids,
      hashes: base64Of(data.primaryRuns.hashes),
      holders: base64Of(data.primaryRuns.holders),
    },
    buildMs: data.buildMs,
  };
  return JSON.stringify(snapshot);
}

/**
 * Revives a council's indexes from `serializeCouncilIndex`'s line, with the options object the
 * build used. Throws IndexSnapshotError when the line is
 * not such a snapshot.
 */
export function reviveCouncilIndex(line: string): { councilId: string; data: KnowledgeIndexData } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new IndexSnapshotError(
      `index snapshot: a council line is not JSON (${(error as Error).message})`,
    );
  }
  const parsed = councilSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    throw new IndexSnapshotError(
      `index snapshot: a council line is malformed: ${z.prettifyError(parsed.error)}`,
    );
  }
  const snapshot = parsed.data;
  try {
    return {
      councilId: snapshot.councilId,
      data: {
        passages: reviveSearchIndex(snapshot.passages),
        facts: reviveSearchIndex(snapshot.facts),
        primaryRuns: reviveShingles(snapshot.councilId, snapshot.primaryRuns),
        buildMs: snapshot.buildMs,
      },
    };
  } catch (error) {
    if (error instanceof IndexSnapshotError) throw error;
    throw new IndexSnapshotError(
      `index snapshot: council "${snapshot.councilId}" does not load (${(error as Error).message})`,
      { cause: error },
    );
  }
}

const base64Of = (values: Uint32Array) =>
  Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');

/** Decodes a typed array; copied so it sits on its own aligned buffer. */
function uint32sOf(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new RangeError('not a whole number of 32-bit values');
  const values = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}

function reviveShingles(councilId: string, snapshot: ShingleSnapshot): ShingleIndexData {
  const hashes = uint32sOf(snapshot.hashes);
  const holders = uint32sOf(snapshot.holders);
  const fault =
    hashes.length !== holders.length
      ? `${hashes.length} hashes but ${holders.length} holders`
      : holders.some((holder) => holder >= snapshot.ids.length)
        ? 'a holder past the end of the ids'
        : hashes.some((hash, i) => i > 0 && hash < (hashes[i - 1] ?? 0))
          ? 'hashes out of order'
          : undefined;
  if (fault) {
    throw new IndexSnapshotError(
      `index snapshot: council "${councilId}" has a malformed quote-run index (${fault})`,
    );
  }
  return { ids: snapshot.ids, hashes, holders };
}

function serializeSearchIndex(data: SearchIndexData): SearchIndexSnapshot {
  return {
    miniSearch: data.miniSearch.toJSON(),
    size: data.size,
    documentFrequency: [...data.documentFrequency],
    surfaceCounts: [...data.surfaceCounts],
  };
}

function reviveSearchIndex(snapshot: z.infer<typeof searchIndexSchema>): SearchIndexData {
  // Synchronous: one council's index is small, and the caller yields between councils;
  // loadJSAsync's timer every thousand terms made reviving the national set several times slower.
  const miniSearch = MiniSearch.loadJS<SearchDocument>(snapshot.miniSearch, miniSearchOptions);
  return {
    miniSearch,
    size: snapshot.size,
    documentFrequency: new Map(snapshot.documentFrequency),
    surfaceCounts: new Map(snapshot.surfaceCounts),
  };
}
