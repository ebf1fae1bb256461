import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Council } from '../knowledge/councils/council-directory.ts';
import { partitionByCouncil } from '../knowledge/councils/partition-by-council.ts';
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
  type KnowledgeLibrary,
  type LibraryOptions,
} from '../search/knowledge-library.ts';

/** Told each council's serialised indexes as they are built, to write a snapshot. */
export type CouncilLineSink = (councilLine: string) => Promise<void>;

/**
 * Builds every council's indexes in this thread, one council per turn of the event loop, so
 * interactions are answered between councils (a single large council still blocks while it
 * builds: a refresh builds in a worker instead).
 */
export async function buildLibraryHere(
  knowledgeBase: KnowledgeBase,
  options: LibraryOptions & { onCouncilLine?: CouncilLineSink },
): Promise<KnowledgeLibrary> {
  const started = performance.now();
  const councils: { council: Council; index: KnowledgeIndex }[] = [];
  for (const part of partitionByCouncil(knowledgeBase)) {
    await yieldToEventLoop();
    const data = indexKnowledge(part.knowledgeBase);
    await options.onCouncilLine?.(serializeCouncilIndex(part.council.id, data));
    councils.push({
      council: part.council,
      index: openKnowledgeIndex(part.knowledgeBase, data, options.now),
    });
  }
  return assembleKnowledgeLibrary(knowledgeBase, councils, {
    ...options,
    buildMs: performance.now() - started,
  });
}

/**
 * Revives a library from a snapshot's council lines over the knowledge base they were built
 * from, one council per turn of the event loop. Throws IndexSnapshotError when the snapshot's
 * councils are not exactly the knowledge base's.
 */
export async function reviveLibrary(
  knowledgeBase: KnowledgeBase,
  councilLines: readonly string[],
  options: LibraryOptions,
): Promise<KnowledgeLibrary> {
  const started = performance.now();
  const parts = new Map(partitionByCouncil(knowledgeBase).map((part) => [part.council.id, part]));
  const councils: { council: Council; index: KnowledgeIndex }[] = [];
  for (const line of councilLines) {
    await yieldToEventLoop();
    const { councilId, data } = await reviveCouncilIndex(line);
    const part = parts.get(councilId);
    if (!part) {
      throw new IndexSnapshotError(
        `index snapshot: council "${councilId}" has no documents loaded`,
      );
    }
    parts.delete(councilId);
    councils.push({
      council: part.council,
      index: openKnowledgeIndex(part.knowledgeBase, data, options.now),
    });
  }
  const missing = [...parts.keys()];
  if (missing.length > 0) {
    throw new IndexSnapshotError(`index snapshot: no indexes for council(s) ${missing.join(', ')}`);
  }
  return assembleKnowledgeLibrary(knowledgeBase, councils, {
    ...options,
    buildMs: performance.now() - started,
  });
}
