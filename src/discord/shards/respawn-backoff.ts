/** The first wait before a crashed shard is started again. */
const firstDelayMs = 1_000;
/** The longest wait: a shard crashing over and over is retried once a minute, not faster. */
const maxDelayMs = 60_000;
/** A shard up at least this long before it crashed starts again after the first wait. */
const stableAfterMs = 60_000;

/**
 * How long to wait before starting a crashed shard again: doubling while it keeps crashing soon
 * after it came up, back to the first wait once it had stayed up a while.
 */
export class RespawnBackoff {
  #nextMs = firstDelayMs;

  /** The wait before the next start, for a shard that had been up for `upForMs`. */
  next(upForMs: number): number {
    if (upForMs >= stableAfterMs) this.#nextMs = firstDelayMs;
    const delay = this.#nextMs;
    this.#nextMs = Math.min(this.#nextMs * 2, maxDelayMs);
    return delay;
  }
}
