import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Council } from '../knowledge/councils/council-directory.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { KnowledgeDocument, Passage } from '../knowledge/knowledge-document.ts';
import type { KnowledgeProblem } from '../knowledge/knowledge-problem.ts';
import type { KnowledgeLoad } from '../knowledge/load-knowledge-base.ts';
import { reviveCouncilIndex } from '../search/index-snapshot.ts';
import { type KnowledgeIndex, openKnowledgeIndex } from '../search/knowledge-index.ts';
import {
  assembleKnowledgeLibrary,
  indexesInMemory,
  type KnowledgeLibrary,
  type LibraryOptions,
} from '../search/knowledge-library.ts';
import type { BuildWorkerInput, BuildWorkerMessage } from './build-worker-messages.ts';
import type { SnapshotWriter } from './index-snapshot-file.ts';
import { buildOnDemandLibrary } from './library-build.ts';

/** What a build in the worker produced. */
export type WorkerBuild =
  | { status: 'invalid'; problems: KnowledgeProblem[] }
  | {
      status: 'built';
      load: KnowledgeLoad;
      library: KnowledgeLibrary;
      loadMs: number;
      buildMs: number;
      /** The longest this thread worked on the result without yielding (milliseconds). */
      longestSliceMs: number;
    };

export interface WorkerBuildOptions extends LibraryOptions {
  /** Refuse (status `invalid`) a set with any problem instead of leaving the files out. */
  strict: boolean;
  /** Asked for a snapshot writer once the knowledge's hash is known; undefined writes none. */
  snapshot?: (contentHash: string) => Promise<SnapshotWriter | undefined>;
  /**
   * Serves the built knowledge from the snapshot just written, reading a council when first
   * asked for; undefined when that snapshot does not check out. With a writer, the councils are
   * not revived here at all: this thread only passes their lines on to the file.
   */
  fromSnapshot?: (knowledgeBase: KnowledgeBase) => Promise<KnowledgeLibrary | undefined>;
}

/** A build worker failed: crashed, exited early, or threw. */
export class BuildWorkerError extends Error {
  override readonly name = 'BuildWorkerError';
}

/**
 * Loads and builds `directory` in a worker thread while this thread keeps answering, then
 * takes the result here a document or a council at a time, yielding to the event loop between
 * pieces. With a snapshot, a council's line only passes through to the file and is read back
 * when the council is first asked for; without one, the longest pause is reviving the largest
 * council's indexes.
 */
export async function buildInWorker(
  directory: string,
  options: WorkerBuildOptions,
): Promise<WorkerBuild> {
  const worker = startBuildWorker({ directory, strict: options.strict });
  let writer: SnapshotWriter | undefined;
  try {
    const pull = pullerFor(worker);
    const first = await pull();
    if (first.type === 'invalid') return { status: 'invalid', problems: first.problems };
    if (first.type !== 'base') throw unexpected(first);
    writer = await options.snapshot?.(first.contentHash);
    const documents: KnowledgeDocument[] = [];
    const passagesOf = new Map<string, Passage[]>();
    const councils: { council: Council; index: KnowledgeIndex }[] = [];
    let knowledgeBase: KnowledgeBase | undefined;
    // The whole knowledge base, once every document has arrived (councils come after them).
    const whole = (): KnowledgeBase => {
      if (!knowledgeBase) {
        const passages = first.passageOrder.flatMap((id) => passagesOf.get(id) ?? []);
        knowledgeBase = {
          directory: first.directory,
          documents,
          documentsById: new Map(documents.map((document) => [document.meta.id, document])),
          passages,
          passagesById: new Map(passages.map((passage) => [passage.id, passage])),
          facts: first.facts,
          glossary: first.glossary,
          files: first.files,
          contentHash: first.contentHash,
        };
      }
      return knowledgeBase;
    };
    let longestSliceMs = 0;
    for (;;) {
      await yieldToEventLoop();
      const message = await pull();
      const sliceStarted = performance.now();
      if (message.type === 'document') {
        documents.push(message.document);
        const { body } = message.document;
        passagesOf.set(
          message.document.meta.id,
          message.passages.map((passage) => ({
            ...passage,
            text: body.slice(passage.start, passage.end),
          })),
        );
      } else if (message.type === 'council') {
        if (!knowledgeBase) {
          // Indexing every passage by id is a slice of its own, not part of a council's.
          whole();
          longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStarted);
          await yieldToEventLoop();
        }
        const reviveStarted = performance.now();
        if (writer) {
          await writer.add(message.council.id, message.line);
        } else {
          const { data } = reviveCouncilIndex(Buffer.from(message.line).toString('utf8'));
          councils.push({
            council: message.council,
            index: openKnowledgeIndex(
              councilPart(whole(), message, first.passageOrder, passagesOf),
              data,
              options.now,
            ),
          });
        }
        longestSliceMs = Math.max(longestSliceMs, performance.now() - reviveStarted);
      } else if (message.type === 'done') {
        const toFile = writer;
        writer = undefined;
        const written = (await toFile?.finish()) ?? false;
        const base = whole();
        // Lines passed to a snapshot that then failed were never revived: with no file to
        // read them back from, each council is built here when first asked for.
        const library = toFile
          ? ((written ? await options.fromSnapshot?.(base) : undefined) ??
            buildOnDemandLibrary(base, options))
          : assembleKnowledgeLibrary(
              base,
              councils.map((entry) => entry.council),
              indexesInMemory(councils),
              { ...options, buildMs: message.buildMs },
            );
        longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStarted);
        return {
          status: 'built',
          load: { knowledgeBase: base, problems: first.problems, warnings: first.warnings },
          library,
          loadMs: first.loadMs,
          buildMs: message.buildMs,
          longestSliceMs,
        };
      } else {
        throw unexpected(message);
      }
    }
  } finally {
    await writer?.abort();
    await worker.terminate();
  }
}

/** One council's share of the knowledge, as partitionByCouncil made it in the worker. */
function councilPart(
  base: KnowledgeBase,
  message: Extract<BuildWorkerMessage, { type: 'council' }>,
  passageOrder: readonly string[],
  passagesOf: ReadonlyMap<string, Passage[]>,
): KnowledgeBase {
  const ids = new Set(message.documentIds);
  const documents = base.documents.filter((document) => ids.has(document.meta.id));
  const passages = passageOrder
    .filter((id) => ids.has(id))
    .flatMap((id) => passagesOf.get(id) ?? []);
  return {
    ...base,
    documents,
    documentsById: new Map(documents.map((document) => [document.meta.id, document])),
    passages,
    passagesById: new Map(passages.map((passage) => [passage.id, passage])),
    facts: message.facts,
  };
}

function unexpected(message: BuildWorkerMessage): BuildWorkerError {
  return new BuildWorkerError(
    message.type === 'failed'
      ? `build worker: ${message.message}`
      : `build worker: unexpected "${message.type}" message`,
  );
}

/** Asks the worker for its next message; rejects if it errors or exits first. */
function pullerFor(worker: Worker): () => Promise<BuildWorkerMessage> {
  return () =>
    new Promise((resolve, reject) => {
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (message: BuildWorkerMessage) => {
        cleanup();
        resolve(message);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(new BuildWorkerError(`build worker: ${error.message}`, { cause: error }));
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new BuildWorkerError(`build worker: exited with code ${code} before finishing`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage('pull');
    });
}

function startBuildWorker(input: BuildWorkerInput): Worker {
  // The worker runs TypeScript as this process does: tsx's loader is registered in it first
  // (an `--import` in execArgv would come too late for the worker's own entry module).
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./build-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, workerData: input });
}
