import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { ReportFileResult, ReportFileTask } from './import-report-file.ts';

/** The worker script each child runs. */
const WORKER = new URL('./import-worker.ts', import.meta.url);
/** A file that takes longer than this is refused, and its child replaced, so a run always ends. */
export const TASK_TIMEOUT_MS = 180_000;

/** How the pool runs. */
export interface PoolOptions {
  readonly jobs: number;
  readonly timeoutMs?: number;
  /** Called as each task finishes, in completion order. */
  readonly onResult: (result: ReportFileResult) => Promise<void>;
}

/**
 * Import tasks in `jobs` child processes (PDF parsing is CPU-bound, so threads of one process
 * would not help); a child that crashes or hangs costs only its own file, which is refused.
 */
export async function runImportPool(
  tasks: readonly ReportFileTask[],
  options: PoolOptions,
): Promise<void> {
  const queue = [...tasks];
  const timeoutMs = options.timeoutMs ?? TASK_TIMEOUT_MS;
  const jobs = Math.max(1, Math.min(options.jobs, queue.length));
  await Promise.all(
    Array.from({ length: jobs }, () => runLane(queue, timeoutMs, options.onResult)),
  );
}

/** One child working through the shared queue until it is empty. */
async function runLane(
  queue: ReportFileTask[],
  timeoutMs: number,
  onResult: PoolOptions['onResult'],
): Promise<void> {
  let child: ChildProcess | undefined;
  try {
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
      child ??= spawnWorker();
      const outcome = await runTask(child, task, timeoutMs);
      if (outcome.crashed) {
        child.kill('SIGKILL');
        child = undefined;
      }
      await onResult(outcome.result);
    }
  } finally {
    child?.disconnect();
  }
}

function spawnWorker(): ChildProcess {
  // The children run TypeScript like their parent does, through tsx's loader.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return fork(WORKER, [], {
    execArgv: ['--import', tsx],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function runTask(
  child: ChildProcess,
  task: ReportFileTask,
  timeoutMs: number,
): Promise<{ result: ReportFileResult; crashed: boolean }> {
  return new Promise((resolve) => {
    const refuse = (reason: string) => {
      cleanup();
      resolve({
        crashed: true,
        result: {
          index: task.index,
          status: 'refused',
          reason: `Could not import "${task.options.sourceFileName}": ${reason}`,
        },
      });
    };
    const onMessage = (result: ReportFileResult) => {
      cleanup();
      resolve({ result, crashed: false });
    };
    const onExit = (code: number | null, signal: string | null) =>
      refuse(`the importer stopped (${signal ?? `exit code ${code}`}) while reading it.`);
    const timer = setTimeout(
      () => refuse(`it took longer than ${timeoutMs / 1000} s to import.`),
      timeoutMs,
    );
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(task);
  });
}
