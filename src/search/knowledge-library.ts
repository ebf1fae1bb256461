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
  return assembleKnowledgeLibrary(knowledgeBase, councils, {
    ...options,
    buildMs: performance.now() - started,
  });
}

export interface LibraryOptions {
  catalogue?: CouncilCatalogue;
  now?: () => Date;
}

/** A library from council indexes built elsewhere (a worker thread, or revived from a snapshot). */
export function assembleKnowledgeLibrary(
  knowledgeBase: KnowledgeBase,
  councils: readonly { council: Council; index: KnowledgeIndex }[],
  options: LibraryOptions & { buildMs: number },
): KnowledgeLibrary {
  const now = options.now ?? (() => new Date());
  const indexes = new Map(councils.map((entry) => [entry.council.id, entry]));
  const loadedCouncils = councils.map((entry) => entry.council);
  const shortForms = options.catalogue?.shortForms;
  return {
    knowledgeBase,
    loaded: buildCouncilDirectory(loadedCouncils, shortForms),
    known: buildCouncilDirectory(
      [...loadedCouncils, ...(options.catalogue?.councils ?? [])],
      shortForms,
    ),
    indexFor: (councilId) => indexes.get(councilId)?.index,
    builtAt: now(),
    buildMs: options.buildMs,
  };
}
