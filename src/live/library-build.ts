import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Council } from '../knowledge/councils/council-directory.ts';
import {
  type CouncilKnowledge,
  councilsOf,
  partitionByCouncil,
} from '../knowledge/councils/partition-by-council.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import {
  IndexSnapshotError,
  reviveCouncilIndex,
  serializeCouncilIndex,
} from '../search/index-snapshot.ts';
import {
  indexKnowledge,
  type KnowledgeIndex,
  openKnowledgeIndex,
} from '../search/knowledge-index.ts';
import {
  assembleKnowledgeLibrary,
  indexesInMemory,
  type KnowledgeLibrary,
  type LibraryOptions,
} from '../search/knowledge-library.ts';
import { type CouncilEntry, readCouncilLine } from './index-snapshot-file.ts';
import { residentCouncils } from './resident-councils.ts';

/** Told each council's serialised indexes as they are built, to write a snapshot. */
export type CouncilLineSink = (councilId: string, councilLine: string) => Promise<void>;

/**
 * Builds every council's indexes in this thread, one council per turn of the event loop, so
 * interactions are answered between councils (a single large council still blocks while it
 * builds: a refresh builds in a worker instead). With `retain: false` the indexes are only
 * handed to `onCouncilLine` and none is kept: the caller serves them from the snapshot.
 */
export async function buildLibraryHere(
  knowledgeBase: KnowledgeBase,
  options: LibraryOptions & { onCouncilLine?: CouncilLineSink; retain?: boolean },
): Promise<KnowledgeLibrary> {
  const started = performance.now();
  const councils: { council: Council; index: KnowledgeIndex }[] = [];
  const parts = partitionByCouncil(knowledgeBase);
  for (const part of parts) {
    await yieldToEventLoop();
    const data = indexKnowledge(part.knowledgeBase);
    await options.onCouncilLine?.(part.council.id, serializeCouncilIndex(part.council.id, data));
    if (options.retain === false) continue;
    councils.push({
      council: part.council,
      index: openKnowledgeIndex(part.knowledgeBase, data, options.now),
    });
  }
  return assembleKnowledgeLibrary(
    knowledgeBase,
    parts.map((part) => part.council),
    indexesInMemory(councils),
    { ...options, buildMs: performance.now() - started },
  );
}

export interface SnapshotLibraryOptions extends LibraryOptions {
  /**
   * Told when a council's line does not revive (the file changed or broke after it was checked):
   * that council is then built from the knowledge instead, never served from the bad line.
   */
  onFault?: (councilId: string, error: Error) => void;
  /** How many councils' indexes to keep in memory at once. */
  residentLimit?: number;
}

/**
 * A library over the knowledge base a checked snapshot was built from, reading each council's
 * indexes from the file when the council is first asked for and keeping only the recently used
 * in memory. Throws IndexSnapshotError when the snapshot's councils are not exactly the
 * knowledge base's.
 */
export function openSnapshotLibrary(
  knowledgeBase: KnowledgeBase,
  file: string,
  entries: readonly CouncilEntry[],
  options: SnapshotLibraryOptions,
): KnowledgeLibrary {
  const started = performance.now();
  const councils = councilsOf(knowledgeBase);
  const known = new Set(councils.map((council) => council.id));
  const entryOf = new Map(entries.map((entry) => [entry.councilId, entry]));
  const missing = councils.filter((council) => !entryOf.has(council.id));
  if (missing.length > 0) {
    throw new IndexSnapshotError(
      `index snapshot: no indexes for council(s) ${missing.map((council) => council.id).join(', ')}`,
    );
  }
  const extra = entries.find((entry) => !known.has(entry.councilId));
  if (extra) {
    throw new IndexSnapshotError(
      `index snapshot: council "${extra.councilId}" has no documents loaded`,
    );
  }
  // A council's share of the knowledge is made when it is first asked for, as its index is.
  const load = (councilId: string): KnowledgeIndex | undefined => {
    const entry = entryOf.get(councilId);
    const [part] = entry ? partitionByCouncil(knowledgeBase, [councilId]) : [];
    if (!part || !entry) return undefined;
    return reviveOrBuild(part, () => readCouncilLine(file, entry), options);
  };
  const resident = residentCouncils(load, options.residentLimit);
  return assembleKnowledgeLibrary(
    knowledgeBase,
    councils,
    (councilId) => resident.indexFor(councilId),
    { ...options, buildMs: performance.now() - started },
  );
}

/** A council's indexes from its snapshot line, or built from its knowledge when the line fails. */
function reviveOrBuild(
  part: CouncilKnowledge,
  line: () => string,
  options: SnapshotLibraryOptions,
): KnowledgeIndex {
  try {
    const revived = reviveCouncilIndex(line());
    if (revived.councilId !== part.council.id) {
      throw new IndexSnapshotError(
        `index snapshot: the line for council "${part.council.id}" is council "${revived.councilId}"'s`,
      );
    }
    return openKnowledgeIndex(part.knowledgeBase, revived.data, options.now);
  } catch (error) {
    if (!(error instanceof IndexSnapshotError)) throw error;
    options.onFault?.(part.council.id, error);
    return openKnowledgeIndex(part.knowledgeBase, indexKnowledge(part.knowledgeBase), options.now);
  }
}

/**
 * A library that builds each council's indexes here when the council is first asked for: the
 * fallback when built indexes were meant for a snapshot that could not be written.
 */
export function buildOnDemandLibrary(
  knowledgeBase: KnowledgeBase,
  options: LibraryOptions & { residentLimit?: number },
): KnowledgeLibrary {
  const resident = residentCouncils((councilId) => {
    const [part] = partitionByCouncil(knowledgeBase, [councilId]);
    return (
      part &&
      openKnowledgeIndex(part.knowledgeBase, indexKnowledge(part.knowledgeBase), options.now)
    );
  }, options.residentLimit);
  return assembleKnowledgeLibrary(
    knowledgeBase,
    councilsOf(knowledgeBase),
    (councilId) => resident.indexFor(councilId),
    { ...options, buildMs: 0 },
  );
}
