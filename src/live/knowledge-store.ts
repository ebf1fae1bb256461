import { createQueryApi, type QueryApi } from '../answer/query-api.ts';
import type { CouncilCatalogue } from '../knowledge/councils/load-council-catalogue.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { describeProblem, type KnowledgeProblem } from '../knowledge/knowledge-problem.ts';
import { type KnowledgeLoad, loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import type { Logger } from '../logger.ts';
import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import { loadCommonSpokenWords } from '../text/common-spoken-words.ts';
import { loadEnglishWords } from '../text/english-words.ts';
import { buildInWorker } from './build-in-worker.ts';
import {
  readIndexSnapshot,
  type SnapshotWriter,
  snapshotFileFor,
  writeIndexSnapshot,
} from './index-snapshot-file.ts';
import { diffKnowledge, type KnowledgeChanges } from './knowledge-changes.ts';
import { buildLibraryHere, buildOnDemandLibrary, openSnapshotLibrary } from './library-build.ts';

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
  /** Where the indexes came from: a snapshot file, a build here, or a build in a worker thread. */
  indexesFrom: 'snapshot' | 'build' | 'worker';
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
  /**
   * Where index snapshots are kept (e.g. DATA_DIR/index-snapshots): start-up revives the
   * indexes from one made from the same knowledge instead of rebuilding. None: always build.
   */
  snapshotDirectory?: string;
  /**
   * Load and build refreshes in a worker thread, so answering never stalls while the indexes
   * build. Off by default so tests that replace `load` (which cannot cross threads) keep it.
   */
  refreshInWorker?: boolean;
}

type StoreSettings = Required<Omit<KnowledgeStoreOptions, 'logger' | 'snapshotDirectory'>> & {
  logger: Logger;
  snapshotDirectory: string | undefined;
};

/**
 * Holds the live knowledge and swaps in a new one atomically. A refresh builds the new index
 * beside the old one, which keeps answering until the swap; an invalid set is never swapped in.
 */
export class KnowledgeStore {
  private snapshot: KnowledgeSnapshot;
  private running: { since: Date; by: string } | undefined;

  private constructor(
    private readonly options: StoreSettings,
    first: KnowledgeSnapshot,
  ) {
    this.snapshot = first;
  }

  /** Loads the directory for start-up: bad files are skipped and logged, never fatal. */
  static async open(options: KnowledgeStoreOptions): Promise<KnowledgeStore> {
    const settings: StoreSettings = {
      load: loadKnowledgeBase,
      now: () => new Date(),
      catalogue: { councils: [], shortForms: new Map() },
      refreshInWorker: false,
      ...options,
      snapshotDirectory: options.snapshotDirectory,
    };
    const started = performance.now();
    // Every question consults the English word lists: read them before the first one arrives.
    loadEnglishWords();
    loadCommonSpokenWords();
    const load = await settings.load(settings.directory);
    if (load.problems.length > 0) {
      settings.logger.warn(
        { count: load.problems.length, problems: load.problems.map(describeProblem) },
        'knowledge loaded with problems: those files or facts are left out (npm run kb:check lists them)',
      );
    }
    const { library, from } = await openLibrary(load.knowledgeBase, settings);
    return new KnowledgeStore(
      settings,
      makeSnapshot(load, library, from, 'start-up', settings, started),
    );
  }

  private readonly listeners = new Set<
    (outcome: Extract<RefreshOutcome, { status: 'refreshed' }>) => void
  >();

  /**
   * Calls `listener` after every refresh that swapped in new knowledge, however it was asked
   * for (/kb, the folder watcher); returns the way to stop. A listener must not throw.
   */
  onRefreshed(
    listener: (outcome: Extract<RefreshOutcome, { status: 'refreshed' }>) => void,
  ): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
      const built = await this.build(edit);
      if (built.status === 'invalid') {
        await edit?.undo();
        return { status: 'invalid', problems: built.problems, tookMs: tookMs() };
      }
      const next = makeSnapshot(built.load, built.library, built.from, by, this.options, started);
      const previous = this.snapshot;
      const changes = diffKnowledge(previous.library.knowledgeBase, next.library.knowledgeBase);
      this.snapshot = next;
      const outcome = {
        status: 'refreshed',
        snapshot: next,
        previous,
        changes,
        tookMs: next.tookMs,
      } as const;
      for (const listener of this.listeners) listener(outcome);
      return outcome;
    } finally {
      this.running = undefined;
    }
  }

  /** Applies the edit, then loads and builds: in a worker thread, or here between turns. */
  private async build(edit: KnowledgeEdit | undefined): Promise<BuildOutcome> {
    const settings = this.options;
    try {
      await edit?.apply();
      if (settings.refreshInWorker) {
        const built = await buildInWorker(settings.directory, {
          strict: true,
          catalogue: settings.catalogue,
          now: settings.now,
          snapshot: (contentHash) => openSnapshotWriter(settings, contentHash),
          fromSnapshot: (knowledgeBase) => librarySnapshot(knowledgeBase, settings),
        });
        if (built.status === 'invalid') return built;
        settings.logger.info(
          {
            loadMs: Math.round(built.loadMs),
            buildMs: Math.round(built.buildMs),
            longestSliceMs: Math.round(built.longestSliceMs),
          },
          'knowledge built in a worker thread',
        );
        return { ...built, from: 'worker' };
      }
      const load = await settings.load(settings.directory);
      if (load.problems.length > 0) return { status: 'invalid', problems: load.problems };
      const library = await buildLibraryWithSnapshot(load.knowledgeBase, settings);
      return { status: 'built', load, library, from: 'build' };
    } catch (error) {
      await edit?.undo();
      throw error;
    }
  }
}

type BuildOutcome =
  | { status: 'invalid'; problems: KnowledgeProblem[] }
  | {
      status: 'built';
      load: KnowledgeLoad;
      library: KnowledgeLibrary;
      from: KnowledgeSnapshot['indexesFrom'];
    };

/**
 * The indexes for start-up: served from a snapshot made from the same knowledge when there is
 * one that verifies; otherwise built (and a snapshot written for next time). A stale or corrupt
 * snapshot is logged and rebuilt, never trusted.
 */
async function openLibrary(
  knowledgeBase: KnowledgeBase,
  settings: StoreSettings,
): Promise<{ library: KnowledgeLibrary; from: KnowledgeSnapshot['indexesFrom'] }> {
  const library = await librarySnapshot(knowledgeBase, settings);
  if (library) return { library, from: 'snapshot' };
  return { library: await buildLibraryWithSnapshot(knowledgeBase, settings), from: 'build' };
}

/**
 * The library served from this knowledge's snapshot, each council read from the file when
 * first asked for; undefined (and logged) when there is none or it does not check out.
 */
async function librarySnapshot(
  knowledgeBase: KnowledgeBase,
  settings: StoreSettings,
): Promise<KnowledgeLibrary | undefined> {
  const { snapshotDirectory, logger } = settings;
  if (snapshotDirectory === undefined) return undefined;
  const file = snapshotFileFor(snapshotDirectory, settings.directory);
  const started = performance.now();
  const read = await readIndexSnapshot(file, knowledgeBase.contentHash);
  if (read.status === 'missing') {
    logger.info({ file }, 'no index snapshot yet: building');
    return undefined;
  }
  if (read.status !== 'ok') {
    logger.warn(
      { file, status: read.status, reason: read.reason },
      `index snapshot ${read.status}: rebuilding`,
    );
    return undefined;
  }
  try {
    const library = openSnapshotLibrary(knowledgeBase, read.file, read.councils, {
      catalogue: settings.catalogue,
      now: settings.now,
      onFault: (councilId, error) =>
        logger.warn(
          { file, council: councilId, reason: error.message },
          'index snapshot: a council does not load from it, so it is built from the knowledge',
        ),
    });
    logger.info(
      { file, councils: read.councils.length, tookMs: Math.round(performance.now() - started) },
      'indexes served from snapshot',
    );
    return library;
  } catch (error) {
    logger.warn(
      { file, reason: (error as Error).message },
      'index snapshot does not load: rebuilding',
    );
    return undefined;
  }
}

/**
 * Builds every council here; with a snapshot written, the built indexes are let go as each is
 * written and the library is served from the file, so memory holds only councils asked about.
 */
async function buildLibraryWithSnapshot(
  knowledgeBase: KnowledgeBase,
  settings: StoreSettings,
): Promise<KnowledgeLibrary> {
  const writer = await openSnapshotWriter(settings, knowledgeBase.contentHash);
  const options = { catalogue: settings.catalogue, now: settings.now };
  if (!writer) return buildLibraryHere(knowledgeBase, options);
  const unretained = await buildLibraryHere(knowledgeBase, {
    ...options,
    onCouncilLine: (councilId, line) => writer.add(councilId, line),
    retain: false,
  });
  const served = (await writer.finish())
    ? await librarySnapshot(knowledgeBase, settings)
    : undefined;
  if (served) return { ...served, buildMs: unretained.buildMs };
  // Nothing was kept for the snapshot that failed: each council is built again when asked for.
  return buildOnDemandLibrary(knowledgeBase, options);
}

/**
 * A writer for this knowledge's snapshot, or none when snapshots are off. Writing is best
 * effort: a failure is logged and the snapshot left out, and the build goes on.
 */
async function openSnapshotWriter(
  settings: StoreSettings,
  contentHash: string,
): Promise<SnapshotWriter | undefined> {
  if (settings.snapshotDirectory === undefined) return undefined;
  const file = snapshotFileFor(settings.snapshotDirectory, settings.directory);
  const failed = (err: unknown) =>
    settings.logger.warn(
      { err, file },
      'could not write the index snapshot: the next start rebuilds',
    );
  let writer: SnapshotWriter;
  try {
    writer = await writeIndexSnapshot(file, contentHash);
  } catch (error) {
    failed(error);
    return undefined;
  }
  let broken = false;
  const guard = async (step: () => Promise<void>) => {
    if (broken) return;
    try {
      await step();
    } catch (error) {
      broken = true;
      failed(error);
      await writer.abort();
    }
  };
  return {
    add: (councilId, line) => guard(() => writer.add(councilId, line)),
    finish: async () => {
      await guard(async () => {
        await writer.finish();
      });
      if (!broken) settings.logger.info({ file }, 'index snapshot written');
      return !broken;
    },
    abort: () => (broken ? Promise.resolve() : writer.abort()),
  };
}

function makeSnapshot(
  load: KnowledgeLoad,
  library: KnowledgeLibrary,
  from: KnowledgeSnapshot['indexesFrom'],
  by: string,
  { now }: { now: () => Date },
  started: number,
): KnowledgeSnapshot {
  return {
    library,
    api: createQueryApi(library),
    loadedAt: now(),
    loadedBy: by,
    tookMs: Math.round(performance.now() - started),
    skipped: load.problems,
    indexesFrom: from,
  };
}
