import { type RouteMatcher, type RouteRequest, toRoutePredicate } from './route-matcher.ts';

/** A failure to answer instead of the real response. */
export interface FaultOptions {
  status: number;
  /** JSON body; defaults to Discord's body for the status. */
  body?: unknown;
  /** Seconds, sent as `Retry-After` and as `retry_after` in a 429 body. */
  retryAfter?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
}

/** The answer the stand-in gives for an injected fault. */
export interface FaultResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

interface PendingFault {
  matches: (request: RouteRequest) => boolean;
  options: FaultOptions;
  remaining: number;
}

function defaultBody({ status, retryAfter }: FaultOptions): unknown {
  if (status === 429) {
    return { message: 'You are being rate limited.', retry_after: retryAfter ?? 0, global: false };
  }
  if (status >= 500) return { message: `${status}: Internal Server Error`, code: 0 };
  return { message: `${status}: Injected failure`, code: 0 };
}

/** Queues failures for the next requests that match, in the order they were queued. */
export class FaultInjector {
  readonly #pending: PendingFault[] = [];

  /** Makes the next `times` requests matching `matcher` fail with `options.status`. */
  failNext(matcher: RouteMatcher, options: FaultOptions): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) {
      throw new Error(`discord-stand-in: failNext times must be a positive integer, got ${times}`);
    }
    this.#pending.push({ matches: toRoutePredicate(matcher), options, remaining: times });
  }

  /** Consumes and returns the fault for this request, if one is queued. */
  take(request: RouteRequest): FaultResponse | undefined {
    const index = this.#pending.findIndex((fault) => fault.matches(request));
    const fault = this.#pending[index];
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.#pending.splice(index, 1);
    const { options } = fault;
    const headers: Record<string, string> = {};
    if (options.retryAfter !== undefined) {
      headers['retry-after'] = String(options.retryAfter);
      // Without a scope discord.js still retries, but Discord always sends one on a 429.
      if (options.status === 429) headers['x-ratelimit-scope'] = 'user';
    }
    return { status: options.status, body: options.body ?? defaultBody(options), headers };
  }

  /** How many injected failures have not been used yet. */
  get pendingCount(): number {
    return this.#pending.reduce((n, fault) => n + fault.remaining, 0);
  }
}
