import { type Client, Events, Routes } from 'discord.js';
import type { Config } from '../config.ts';
import type { GapLog } from '../feedback/gap-log.ts';
import type { KnowledgeStore } from '../live/knowledge-store.ts';
import type { Logger } from '../logger.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import { UserError } from '../user-error.ts';
import { announceNewReports } from './announce-new-reports.ts';
import type { CommandModule } from './command-module.ts';
import { Cooldown } from './cooldown.ts';
import { createDiscordClient } from './create-discord-client.ts';
import { fatalCloseError } from './gateway-close-codes.ts';
import { gatewayReconnects, type ReconnectBackoff } from './gateway-reconnects.ts';
import { createInteractionRouter } from './interaction-router.ts';
import { loadCommandModules } from './load-command-modules.ts';
import { PageSessions } from './page-sessions.ts';
import { rateLimitPolicy } from './rate-limit-policy.ts';

/** A bot connected to Discord, answering interactions until stopped. */
export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

export interface BotServices {
  config: Config;
  store: KnowledgeStore;
  settings: ServerSettings;
  /** Where unanswered questions are kept for /kb gaps. */
  gaps?: GapLog;
  logger: Logger;
  commands?: ReadonlyMap<string, CommandModule>;
  /** Called when Discord ends the session for good after start-up (e.g. the token was reset). */
  onFatal?: (error: UserError) => void;
  /** How reconnects are spaced out; tests shorten it. */
  reconnectBackoff?: ReconnectBackoff;
}

/**
 * Connects to Discord and starts answering. Resolves once the gateway is ready; rejects with a
 * user-facing error when the token is rejected (REST 401) or the gateway closes for good
 * (4004, 4010–4014) instead of retrying.
 */
export async function startBot(services: BotServices): Promise<RunningBot> {
  const { config, store, settings, logger } = services;
  const token = config.discordToken;
  if (!token) throw new UserError('bad-input', 'DISCORD_TOKEN is not set.');
  const commands = services.commands ?? (await loadCommandModules());
  const reconnects = gatewayReconnects(logger, services.reconnectBackoff);
  const client = createDiscordClient(config.discordApiUrl, {
    ws: reconnects.ws,
    rejectOnRateLimit: rateLimitPolicy(logger),
  });
  const route = createInteractionRouter({
    commands,
    store,
    settings,
    ...(services.gaps ? { gaps: services.gaps } : {}),
    config,
    logger,
    sessions: new PageSessions({ ttlMs: config.pageExpirySeconds * 1000 }),
    cooldown: new Cooldown(config.cooldownSeconds * 1000),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void route(interaction);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway resumed'));

  let started = false;
  const rejected = new Promise<never>((_, reject) => {
    client.on(Events.ShardDisconnect, (event, shardId) => {
      const fatal = fatalCloseError(event.code);
      if (!fatal) return;
      logger.error({ code: event.code, shardId, reason: fatal.message }, 'gateway closed for good');
      if (started) services.onFatal?.(fatal);
      else reject(fatal);
    });
  });
  // Once connected, a close is reported through onFatal, not this start-up promise.
  rejected.catch(() => undefined);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await Promise.race([client.login(token).then(() => ready), rejected]);
  } catch (error) {
    reconnects.stop();
    await client.destroy();
    const code = (error as { code?: unknown }).code;
    if (error instanceof UserError) throw error;
    if (code === 'TokenInvalid') throw invalidToken();
    throw new UserError(
      'unavailable',
      `Could not connect to Discord at ${config.discordApiUrl}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  started = true;
  logger.info(
    {
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      commands: commands.size,
      // Under the ShardingManager, which shards this process answers for, and which process.
      ...(client.shard ? { shards: client.shard.ids, pid: process.pid } : {}),
    },
    'connected to Discord',
  );
  // New reports a refresh brings in are announced where servers subscribed (/kb subscribe).
  const stopAnnouncing = announceNewReports(
    store,
    settings,
    async (channelId, body) => {
      await client.rest.post(Routes.channelMessages(channelId), {
        body: { ...body, allowed_mentions: { parse: [] } },
      });
    },
    logger,
    (serverId) => client.guilds.cache.has(serverId),
  );
  return {
    client,
    async stop() {
      stopAnnouncing();
      // First, so a reconnect waiting to happen never opens a connection destroy() cannot see.
      reconnects.stop();
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}

function invalidToken(): UserError {
  return fatalCloseError(4004) ?? new UserError('bad-input', 'Discord rejected DISCORD_TOKEN.');
}
