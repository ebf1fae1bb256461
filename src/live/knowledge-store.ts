import { setImmediate as nextTick } from 'node:timers/promises';
import { createQueryApi, type QueryApi } from '../answer/query-api.ts';
import { describeProblem, type KnowledgeProblem } from '../knowledge/knowledge-problem.ts';
import { type KnowledgeLoad, loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import type { Logger } from '../logger.ts';
import type { CouncilCatalogue } from '../knowledge/councils/load-council-catalogue.ts';
import { buildKnowledgeLibrary, type KnowledgeLibrary } from '../search/knowledge-library.ts';
import { diffKnowledge, type KnowledgeChanges } from './knowledge-changes.ts';

/** The knowledge being served: its council indexes, the API over them, and how it was loaded. */
export interface KnowledgeSnapshot {
  library: KnowledgeLibrary;
  api: QueryApi;
  loadedAt: Date;
  /** Who asked for this load ("start-up", or a moderator). */
  loadedBy: string;
  /** Load and index build together, in milliseconds. */
  tookMs: number;
  /** Files left out of this load, and why (start-up tolerates them; a refresh does not). */
  skipped: KnowledgeProblem[];
}

export type RefreshOutcome =
  | {
      status: 'refreshed';
      snapshot: KnowledgeSnapshot;
      previous: KnowledgeSnapshot;
      changes: KnowledgeChanges;
      tookMs: number;
    }
  | { status: 'busy'; since: Date; by: string }
  | { status: 'invalid'; problems: KnowledgeProblem[]; tookMs: number };

/**
 * A change to the directory made under the refresh lock, so no other refresh can load it half
 * done; `undo` puts the directory back when the result does not validate.
 */
export interface KnowledgeEdit {
  apply(): Promise<void>;
  undo(): Promise<void>;
}

export interface KnowledgeStoreOptions {
  directory: string;
  logger: Logger;
  /** Replaceable so tests can slow a load down or make it fail. */
  load?: (directory: string) => Promise<KnowledgeLoad>;
  now?: () => Date;
  /** Every council the bot can name, so a question about one not loaded is told so by name. */
  catalogue?: CouncilCatalogue;
}

/**
 * Holds the live knowledge and swaps in a new one atomically. A refresh builds the new index
 * beside the old one, which keeps answering until the swap; an invalid set is never swapped in.
 */
export class KnowledgeStore {
  private snapshot: KnowledgeSnapshot;
  private running: { since: Date; by: string } | undefined;

  private constructor(
    private readonly options: Required<Omit<KnowledgeStoreOptions, 'logger'>> & { logger: Logger },
    first: KnowledgeSnapshot,
  ) {
    this.snapshot = first;
  }

  /** Loads the directory for start-up: bad files are skipped and logged, never fatal. */
  static async open(options: KnowledgeStoreOptions): Promise<KnowledgeStore> {
    const settings = { load: loadKnowledgeBase, now: () => new Date(), catalogue: { councils: [], shortForms: new Map() }, ...options };
    const started = performance.now();
    const load = await settings.load(settings.directory);
    if (load.problems.length > 0) {
      settings.logger.warn(
        { count: load.problems.length, problems: load.problems.map(describeProblem) },
        'knowledge loaded with problems: those files or facts are left out (npm run kb:check lists them)',
      );
    }
    return new KnowledgeStore(settings, makeSnapshot(load, 'start-up', settings, started));
  }

  /** The directory this store loads. */
  get directory(): string {
    return this.options.directory;
  }

  /** The knowledge answering questions right now. */
  current(): KnowledgeSnapshot {
    return this.snapshot;
  }

  /** Whether a refresh is under way, and since when. */
  refreshing(): { since: Date; by: string } | undefined {
    return this.running;
  }

  /**
   * Reloads the directory, after applying `edit` if given, and swaps the result in only if
   * every file and fact is valid; otherwise the edit is undone. A second refresh while one runs
   * is told so instead of queueing, and its edit is never applied.
   */
  async refresh(by: string, edit?: KnowledgeEdit): Promise<RefreshOutcome> {
    if (this.running) return { status: 'busy', ...this.running };
    const started = performance.now();
    this.running = { since: this.options.now(), by };
    try {
      const tookMs = () => Math.round(performance.now() - started);
      let load: KnowledgeLoad;
      try {
        await edit?.apply();
        load = await this.options.load(this.options.directory);
      } catch (error) {
        await edit?.undo();
        throw error;
      }
      if (load.problems.length > 0) {
        await edit?.undo();
        return { status: 'invalid', problems: load.problems, tookMs: tookMs() };
      }
      // The index build is synchronous; let interactions that arrived during the load be
      // answered from the old snapshot before it starts.
      await nextTick();
      const next = makeSnapshot(load, by, this.options, started);
      const previous = this.snapshot;
      const changes = diffKnowledge(previous.library.knowledgeBase, next.library.knowledgeBase);
      this.snapshot = next;
      return { status: 'refreshed', snapshot: next, previous, changes, tookMs: next.tookMs };
    } finally {
      this.running = undefined;
    }
  }
}

function makeSnapshot(
  load: KnowledgeLoad,
  by: string,
  { now, catalogue }: { now: () => Date; catalogue: CouncilCatalogue },
  started: number,
): KnowledgeSnapshot {
  const library = buildKnowledgeLibrary(load.knowledgeBase, { catalogue, now });
  return {
    library,
    api: createQueryApi(library),
    loadedAt: now(),
    loadedBy: by,
    tookMs: Math.round(performance.now() - started),
    skipped: load.problems,
  };
}
