import MiniSearch, { type AsPlainObject } from 'minisearch';
import { z } from 'zod';
import type { KnowledgeIndexData } from './knowledge-index.ts';
import { miniSearchOptions, type SearchDocument, type SearchIndexData } from './search-index.ts';

/**
 * Bumped whenever what a snapshot holds, or how an index reads it, changes: a snapshot of
 * another version is rebuilt, never trusted.
 */
export const indexSnapshotVersion = 1;

/** One council's built indexes as plain JSON data, keyed by the council's id. */
export interface CouncilIndexSnapshot {
  councilId: string;
  passages: SearchIndexSnapshot;
  facts: SearchIndexSnapshot;
  primaryRuns: [string, string[]][];
  buildMs: number;
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
  primaryRuns: entriesOf<[string, string[]]>('the quote-run list'),
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
    primaryRuns: [...data.primaryRuns].map(([run, ids]) => [run, [...ids]]),
    buildMs: data.buildMs,
  };
  return JSON.stringify(snapshot);
}

/**
 * Revives a council's indexes from `serializeCouncilIndex`'s line, with the options object the
 * build used. Throws IndexSnapshotError when the line is
 * not such a snapshot.
 */
export async function reviveCouncilIndex(
  line: string,
): Promise<{ councilId: string; data: KnowledgeIndexData }> {
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
        primaryRuns: new Map(snapshot.primaryRuns),
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
