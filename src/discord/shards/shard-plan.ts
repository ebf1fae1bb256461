import { REST, Routes } from 'discord.js';
import { z } from 'zod';
import { UserError } from '../../user-error.ts';

/** Discord lets each identify bucket start one session per 5 s; a little margin on top. */
const identifyIntervalMs = 5_500;

const gatewayBotSchema = z.object({
  shards: z.number().int().positive(),
  session_start_limit: z.object({ max_concurrency: z.number().int().positive() }),
});

/** How many shards to run and how far apart to start them. */
export interface ShardPlan {
  totalShards: number;
  /** Between one shard's start and the next, so no identify bucket is used twice in 5 s. */
  spawnDelayMs: number;
}

/**
 * Asks Discord (`GET /gateway/bot`, at the configured API) how many shards the bot needs.
 * discord.js's own `'auto'` always asks discord.com, which a stand-in or proxy never sees.
 */
export async function fetchShardPlan(apiUrl: string, token: string): Promise<ShardPlan> {
  const rest = new REST({ api: apiUrl }).setToken(token);
  let body: unknown;
  try {
    body = await rest.get(Routes.gatewayBot());
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 401) throw new UserError('bad-input', 'Discord rejected DISCORD_TOKEN.');
    throw new UserError(
      'unavailable',
      `Could not ask Discord at ${apiUrl} how many shards to run: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const parsed = gatewayBotSchema.safeParse(body);
  if (!parsed.success) {
    throw new UserError('unavailable', `Discord at ${apiUrl} gave no shard count.`);
  }
  const totalShards = parsed.data.shards;
  const concurrency = parsed.data.session_start_limit.max_concurrency;
  // Shard i identifies in bucket i % concurrency, so starting them interval / concurrency apart
  // spaces each bucket's identifies a full interval apart.
  const spawnDelayMs = totalShards <= concurrency ? 0 : Math.ceil(identifyIntervalMs / concurrency);
  return { totalShards, spawnDelayMs };
}
