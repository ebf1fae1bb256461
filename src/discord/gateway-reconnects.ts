import { setTimeout as sleep } from 'node:timers/promises';
import { type SessionInfo, WebSocketShardEvents } from '@discordjs/ws';
import { type Awaitable, SimpleShardingStrategy, type WebSocketOptions } from 'discord.js';
import type { Logger } from '../logger.ts';
import { describeCloseCode } from './gateway-close-codes.ts';

/** How long to wait before each gateway reconnect after the first, doubling up to `maxMs`. */
export interface ReconnectBackoff {
  initialMs: number;
  maxMs: number;
}

/**
 * @discordjs/ws retries a lost gateway every 0.5 s for as long as it is down; a 20 s outage is
 * 40 attempts. From the second attempt without a READY/RESUMED in between, the wait doubles
 * from 1 s to at most 30 s, which reaches a recovered Discord within half a minute.
 */
export const defaultReconnectBackoff: ReconnectBackoff = { initialMs: 1_000, maxMs: 30_000 };

type WsManager = Parameters<NonNullable<WebSocketOptions['buildStrategy']>>[0];

/** The wait before connect attempt `attempt` (1 = the first since the gateway was last up). */
export function reconnectDelayMs(attempt: number, backoff: ReconnectBackoff): number {
  if (attempt <= 1) return 0;
  return Math.min(backoff.initialMs * 2 ** (attempt - 2), backoff.maxMs);
}

/** The client's gateway options, and the switch that stops all reconnecting for shutdown. */
export interface GatewayReconnects {
  ws: Pick<WebSocketOptions, 'buildStrategy'>;
  /** From now on no connection is opened; a wait under way is abandoned. */
  stop(): void;
}

/**
 * Logs every gateway close, error, reconnect, resume and fresh identify, and spaces reconnect
 * attempts out (see defaultReconnectBackoff). It hooks the one call @discordjs/ws makes at the
 * start of every connection attempt, reading the session to resume, which it awaits.
 */
export function gatewayReconnects(
  logger: Logger,
  backoff: ReconnectBackoff = defaultReconnectBackoff,
): GatewayReconnects {
  const stopping = new AbortController();
  return {
    ws: {
      buildStrategy(manager) {
        watch(manager, logger, backoff, stopping.signal);
        return new SimpleShardingStrategy(manager);
      },
    },
    stop: () => stopping.abort(),
  };
}

function watch(
  manager: WsManager,
  logger: Logger,
  backoff: ReconnectBackoff,
  stopping: AbortSignal,
): void {
  let attempt = 0;
  let connecting = true;
  let readies = 0;
  const log = logger.child({ component: 'gateway' });

  manager.on(WebSocketShardEvents.Closed, ({ code, shardId }) => {
    if (stopping.aborted) {
      log.info({ code, shardId }, 'gateway closed for shutdown');
      return;
    }
    connecting = true;
    log.warn({ code, shardId, meaning: describeCloseCode(code) }, 'gateway closed');
  });
  manager.on(WebSocketShardEvents.Error, ({ error, shardId }) => {
    log.warn({ shardId, reason: error.message }, 'gateway connection error');
  });
  manager.on(WebSocketShardEvents.Ready, ({ shardId }) => {
    readies += 1;
    attempt = 0;
    // A second READY means the old session could not be resumed and a new one was started.
    if (readies > 1) log.warn({ shardId }, 'gateway identified afresh: new session');
  });
  manager.on(WebSocketShardEvents.Resumed, () => {
    attempt = 0;
  });

  // The shards read the session through the manager's options, and await it (the type says
  // readonly and synchronous, which is narrower than how it is used).
  const options: { retrieveSessionInfo: (shardId: number) => Awaitable<SessionInfo | null> } =
    manager.options;
  const read = manager.options.retrieveSessionInfo;
  options.retrieveSessionInfo = async (shardId) => {
    // Heartbeats and dispatches read the session too; only the first read after a close (or
    // at login) starts a connection attempt.
    if (connecting) {
      connecting = false;
      attempt += 1;
      const delayMs = reconnectDelayMs(attempt, backoff);
      const session = read(shardId);
      if (attempt > 1 || readies > 0) {
        log.warn(
          { shardId, attempt, delayMs, resume: session !== null },
          session === null ? 'gateway reconnecting: identifying' : 'gateway reconnecting: resuming',
        );
      }
      if (stopping.aborted) return never();
      if (delayMs > 0) {
        try {
          await sleep(delayMs, undefined, { signal: stopping });
        } catch {
          return never();
        }
      }
    }
    return read(shardId);
  };
}

/** Leaves the connection attempt waiting for good: nothing is opened, and nothing keeps the process up. */
function never(): Promise<never> {
  return new Promise(() => undefined);
}
