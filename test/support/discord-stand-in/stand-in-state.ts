import type { APIUser } from 'discord.js';
import { type AttachmentInput, AttachmentStore } from './attachment-store.ts';
import type { CommandDefinition } from './command-definition-schema.ts';
import { buildFakeUser } from './fake-user.ts';
import type { InteractionRecord } from './interaction-record.ts';
import { MessageStore } from './message-store.ts';
import { guildsForShards, type StandInGuild } from './shard-guilds.ts';
import { createSnowflakeGenerator } from './snowflake-generator.ts';
import { STAND_IN_DEFAULTS } from './stand-in-defaults.ts';

/** How to start a stand-in; every field has a fixed default. */
export interface DiscordStandInOptions {
  token?: string;
  applicationId?: string;
  botUserId?: string;
  guildId?: string;
  channelId?: string;
  /** Files to serve from the start; their attachment objects are in `standIn.attachments`. */
  attachments?: readonly AttachmentInput[];
  /** The interval sent in HELLO; shorten it to see heartbeats in a test. */
  heartbeatIntervalMs?: number;
  /** How late a first callback may come before Discord (and the stand-in) forgets it. */
  interactionDeadlineMs?: number;
  /**
   * How many shards `GET /gateway/bot` recommends (default 1). Above 1 the stand-in serves one
   * guild per shard and sends each guild's events on its own shard's connection.
   */
  shardCount?: number;
  /** `session_start_limit.max_concurrency`: how many shards may identify at once (default 1). */
  maxConcurrency?: number;
}

/** A registered command as Discord answers it: the definition plus ids. */
export type RegisteredCommand = CommandDefinition & {
  id: string;
  application_id: string;
  version: string;
  guild_id?: string;
  default_member_permissions: string | null;
};

/** The last bulk overwrite of one scope (`PUT .../commands`). */
export interface RegisteredCommandSet {
  scope: 'global' | 'guild';
  /** The guild for guild scope; null for global commands. */
  guildId: string | null;
  /** The body exactly as the bot sent it. */
  body: unknown;
  commands: RegisteredCommand[];
}

/** The state REST routes and interaction builders read and change. */
export interface StandInState {
  applicationId: string;
  bot: APIUser;
  guildId: string;
  channelId: string;
  shardCount: number;
  maxConcurrency: number;
  /** Every guild the bot is in, one per shard; the first is `guildId`. */
  guilds: StandInGuild[];
  baseUrl: string;
  gatewayUrl: string;
  interactionDeadlineMs: number;
  nextId: () => string;
  messages: MessageStore;
  attachments: AttachmentStore;
  interactionsById: Map<string, InteractionRecord>;
  interactionsByToken: Map<string, InteractionRecord>;
  /** Keyed by `global` or by guild id. */
  commandSets: Map<string, RegisteredCommandSet>;
  /** Command ids stay stable across re-registration, keyed by `scope:type:name`. */
  commandIds: Map<string, string>;
}

/** Builds the empty state of a stand-in listening on `port`, filling in the defaults. */
export function createStandInState(port: number, options: DiscordStandInOptions): StandInState {
  const baseUrl = `http://127.0.0.1:${port}`;
  const applicationId = options.applicationId ?? STAND_IN_DEFAULTS.applicationId;
  const guildId = options.guildId ?? STAND_IN_DEFAULTS.guildId;
  const channelId = options.channelId ?? STAND_IN_DEFAULTS.channelId;
  const botUserId = options.botUserId ?? STAND_IN_DEFAULTS.botUserId;
  const bot: APIUser = {
    ...buildFakeUser(botUserId, STAND_IN_DEFAULTS.botUsername),
    global_name: null,
    bot: true,
  };
  const nextId = createSnowflakeGenerator();
  const attachments = new AttachmentStore(baseUrl, nextId);
  const author = bot;
  const shardCount = options.shardCount ?? 1;
  return {
    applicationId,
    bot,
    guildId,
    channelId,
    shardCount,
    maxConcurrency: options.maxConcurrency ?? 1,
    guilds: guildsForShards({ guildId, channelId }, shardCount),
    baseUrl,
    gatewayUrl: `ws://127.0.0.1:${port}`,
    interactionDeadlineMs: options.interactionDeadlineMs ?? STAND_IN_DEFAULTS.interactionDeadlineMs,
    nextId,
    messages: new MessageStore({ applicationId, guildId, channelId, nextId, attachments, author }),
    attachments,
    interactionsById: new Map(),
    interactionsByToken: new Map(),
    commandSets: new Map(),
    commandIds: new Map(),
  };
}

/**
 * The command of `type` (1 chat input, 3 message context menu) registered under `name`, guild
 * scope first as Discord resolves it.
 */
export function findRegisteredCommand(
  state: StandInState,
  name: string,
  type = 1,
): RegisteredCommand | undefined {
  for (const scope of [state.guildId, 'global']) {
    const set = state.commandSets.get(scope);
    const command = set?.commands.find((c) => c.name === name && c.type === type);
    if (command !== undefined) return command;
  }
  return undefined;
}
