import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/** What one answer is assumed to cost before any has been measured (milliseconds). */
const initialAnswerEstimateMs = 50;
/** How fast the running estimate follows new measurements (exponential moving average). */
const estimateSmoothing = 0.2;
/**
 * Longest the queue waits for acknowledgements in flight before computing the next answer, so
 * that one stuck request cannot stop answering.
 */
const acknowledgementWaitMs = 1_000;

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Computes answers one at a time and yields to the event loop before each, so that
 * acknowledgements (deferrals, cooldown replies, autocomplete) and the HTTP requests of answers
 * already computed go out between answers instead of after a whole burst of them.
 */
export class AnswerQueue {
  private readonly jobs: Job[] = [];
  private active = 0;
  private draining = false;
  private averageMs = initialAnswerEstimateMs;
  private readonly acknowledging = new Set<Promise<unknown>>();

  /** Answers waiting or being computed. */
  get length(): number {
    return this.jobs.length + this.active;
  }

  /** How long an answer queued now would probably take to be computed, queueing included. */
  estimatedWaitMs(): number {
    return (this.length + 1) * this.averageMs;
  }

  /** The running estimate of one answer's cost, in milliseconds. */
  get answerEstimateMs(): number {
    return this.averageMs;
  }

  /**
   * Gives an acknowledgement in flight (a deferral) priority: no answer is computed until it
   * has gone out, because a request needs several turns of the event loop to complete and each
   * answer computed meanwhile would delay it by its whole cost.
   */
  prioritise(acknowledgement: Promise<unknown>): void {
    const tracked = acknowledgement.then(
      () => undefined,
      () => undefined,
    );
    this.acknowledging.add(tracked);
    void tracked.then(() => this.acknowledging.delete(tracked));
  }

  /** Runs `work` when its turn comes; resolves or rejects with what it returns or throws. */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async acknowledgementsSent(): Promise<void> {
    if (this.acknowledging.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, acknowledgementWaitMs);
    });
    await Promise.race([Promise.all(this.acknowledging), timeout]);
    clearTimeout(timer);
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      for (let job = this.jobs.shift(); job !== undefined; job = this.jobs.shift()) {
        this.active = 1;
        // Before each answer, not only between them: the interaction that queued this job
        // must get its chance to be acknowledged before its answer blocks the loop.
        await yieldToEventLoop();
        await this.acknowledgementsSent();
        const started = performance.now();
        try {
          job.resolve(await job.work());
        } catch (error) {
          job.reject(error);
        }
        const took = performance.now() - started;
        this.averageMs += estimateSmoothing * (took - this.averageMs);
        this.active = 0;
      }
    } finally {
      this.draining = false;
    }
  }
}
