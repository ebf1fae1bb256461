import {
  buildCouncilDirectory,
  type Council,
  type CouncilDirectory,
} from '../knowledge/councils/council-directory.ts';
import type { CouncilCatalogue } from '../knowledge/councils/load-council-catalogue.ts';
import { partitionByCouncil } from '../knowledge/councils/partition-by-council.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from './knowledge-index.ts';

/**
 * Every council's knowledge, each in an index of its own. One index per council is what makes
 * "never answer one council with another's findings" hold by construction, and it keeps each
 * query's work proportional to one council's documents, not the nation's.
 */
export interface KnowledgeLibrary {
  knowledgeBase: KnowledgeBase;
  /** The councils that have documents loaded. */
  loaded: CouncilDirectory;
  /** Every council the bot can name, loaded or not, so a question about one not loaded is told so. */
  known: CouncilDirectory;
  indexFor(councilId: string): KnowledgeIndex | undefined;
  builtAt: Date;
  buildMs: number;
}

/** Builds one index per council; `known` adds councils from the national catalogue. */
export function buildKnowledgeLibrary(
  knowledgeBase: KnowledgeBase,
  options: LibraryOptions = {},
): KnowledgeLibrary {
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const councils = partitionByCouncil(knowledgeBase).map((part) => ({
    council: part.council,
    index: buildKnowledgeIndex(part.knowledgeBase, now),
  }));
  return assembleKnowledgeLibrary(
    knowledgeBase,
    councils.map((entry) => entry.council),
    indexesInMemory(councils),
    { ...options, buildMs: performance.now() - started },
  );
}

export interface LibraryOptions {
  catalogue?: CouncilCatalogue;
  now?: () => Date;
}

/** Serves council indexes held in memory (built here, or in a worker thread). */
export function indexesInMemory(
  councils: readonly { council: Council; index: KnowledgeIndex }[],
): (councilId: string) => KnowledgeIndex | undefined {
  const indexes = new Map(councils.map((entry) => [entry.council.id, entry.index]));
  return (councilId) => indexes.get(councilId);
}

/**
 * A library over `councils`, whose indexes `indexFor` gives: held in memory, or read from a
 * snapshot when a council is first asked for (undefined for a council not among them).
 */
export function assembleKnowledgeLibrary(
  knowledgeBase: KnowledgeBase,
  councils: readonly Council[],
  indexFor: (councilId: string) => KnowledgeIndex | undefined,
  options: LibraryOptions & { buildMs: number },
): KnowledgeLibrary {
  const now = options.now ?? (() => new Date());
  const shortForms = options.catalogue?.shortForms;
  return {
    knowledgeBase,
    loaded: buildCouncilDirectory(councils, shortForms),
    known: buildCouncilDirectory([...councils, ...(options.catalogue?.councils ?? [])], shortForms),
    indexFor,
    builtAt: now(),
    buildMs: options.buildMs,
  };
}
