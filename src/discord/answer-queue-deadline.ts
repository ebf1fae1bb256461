import { interactionDeadlineMs } from './discord-limits.ts';

/**
 * An interaction older than this when its answer is not ready is deferred. Half of Discord's
 * 3 s leaves room for a loaded event loop, the deferral's own HTTP round trip and clock skew.
 */
export const deferAtAgeMs = interactionDeadlineMs / 2;

/** Watches one interaction's deadline while its answer waits in the queue. */
export interface DeadlineGuard {
  /** Whether a deferral was sent (or is on its way). */
  readonly deferred: boolean;
  /**
   * Stops watching; resolves once any deferral already started has been acknowledged, so the
   * answer is then sent as an edit. Rejects if that deferral failed.
   */
  settle(): Promise<void>;
}

export interface DeadlineGuardOptions {
  /** How old the interaction already is, from its snowflake's timestamp (milliseconds). */
  ageMs: number;
  /** How long its answer will probably take, waiting in the queue included. */
  expectedWaitMs: number;
  /** Acknowledges the interaction with a deferral ("thinking…"). */
  defer: () => Promise<unknown>;
}

/**
 * Defers at once when the answer will probably not be ready in time (the interaction arrived
 * old because the loop was busy, or the queue is long), and otherwise sets a timer that defers
 * when the interaction reaches `deferAtAgeMs` unanswered. Answers that are ready in time are
 * sent as ordinary replies, which keeps "not found" private without a deferral to undo.
 */
export function guardDeadline(options: DeadlineGuardOptions): DeadlineGuard {
  let deferral: Promise<unknown> | undefined;
  const start = () => {
    deferral ??= options.defer();
    // Observed here so a failure is never unhandled; settle() reports it to the caller.
    deferral.catch(() => undefined);
  };
  const remainingMs = deferAtAgeMs - Math.max(0, options.ageMs);
  let timer: NodeJS.Timeout | undefined;
  if (remainingMs - options.expectedWaitMs <= 0) start();
  else timer = setTimeout(start, remainingMs);
  return {
    get deferred() {
      return deferral !== undefined;
    },
    async settle() {
      clearTimeout(timer);
      await deferral;
    },
  };
}
