import type { RateLimitData } from 'discord.js';
import type { Logger } from '../logger.ts';
import { interactionDeadlineMs } from './discord-limits.ts';

/** Discord's epoch (2015-01-01): a snowflake's top bits count milliseconds from it. */
const discordEpochMs = 1_420_070_400_000n;

/** The interaction id in an initial-response URL (`/interactions/{id}/{token}/callback`). */
const callbackPath = /\/interactions\/(\d+)\/[^/]+\/callback(?:\?|$)/;

/** When a snowflake id was made, in ms since the epoch. */
function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + discordEpochMs);
}

/**
 * discord.js's `rest.rejectOnRateLimit`: logs every 429 (discord.js retries them in silence)
 * and gives up on an interaction's initial response when waiting would land past Discord's
 * 3 s deadline, as the retry could only fail. The deadline is read from the interaction id,
 * which Discord stamps with the time it created the interaction.
 */
export function rateLimitPolicy(
  logger: Logger,
  now: () => number = Date.now,
): (data: RateLimitData) => boolean {
  return (data) => {
    const { method, route, url, retryAfter, global, scope } = data;
    logger.warn(
      { method, route, retryAfterMs: retryAfter, global, scope },
      'Discord rate limited a request',
    );
    const interactionId = callbackPath.exec(url)?.[1];
    if (interactionId === undefined) return false;
    const deadline = snowflakeTime(interactionId) + interactionDeadlineMs;
    if (now() + retryAfter < deadline) return false;
    logger.warn(
      {
        method,
        route,
        interactionId,
        retryAfterMs: retryAfter,
        deadlineMs: interactionDeadlineMs,
        leftMs: Math.max(0, deadline - now()),
      },
      'rate limited past the interaction deadline: not retrying',
    );
    return true;
  };
}
