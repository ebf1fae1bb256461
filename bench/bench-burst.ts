import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Events, MessageFlags } from 'discord.js';
import { parseConfig } from '../src/config.ts';
import { deployCommands } from '../src/discord/deploy-commands.ts';
import { loadCommandModules } from '../src/discord/load-command-modules.ts';
import { startBot } from '../src/discord/start-bot.ts';
import type { KnowledgeStore } from '../src/live/knowledge-store.ts';
import { createLogger } from '../src/logger.ts';
import { ServerSettings } from '../src/settings/server-settings.ts';
import {
  createTestClient,
  type InteractionRecord,
  type OptionsInput,
  startDiscordStandIn,
} from '../test/support/discord-stand-in/index.ts';
import { percentile } from './percentile.ts';

/** What happened to a burst of interactions, as the stand-in saw it. */
export interface BurstFigures {
  sent: number;
  /** A complete answer (reply, or deferral then edit/follow-up). */
  answered: number;
  /** Of those answered: a cooldown notice rather than an answer. */
  cooldown: number;
  deferred: number;
  /** Never acknowledged in time (Discord shows "The application did not respond"). */
  lost: number;
  firstCallbackP50Ms: number;
  firstCallbackP99Ms: number;
  answerP99Ms: number;
  tookMs: number;
}

export interface BurstRequest {
  interactions: number;
  users: number;
  commands: readonly { name: string; options?: OptionsInput }[];
}

/** Sends the burst and waits (up to a minute) for each interaction to settle. */
async function sendBurst(
  standIn: Awaited<ReturnType<typeof startDiscordStandIn>>,
  request: BurstRequest,
): Promise<BurstFigures> {
  const users = Array.from({ length: request.users }, (_, i) =>
    standIn.user(undefined, `bench-${i}`),
  );
  const firstCallback: number[] = [];
  const answeredAt: number[] = [];
  const started = performance.now();
  const records: InteractionRecord[] = [];
  for (let i = 0; i < request.interactions; i += 1) {
    const command = request.commands[i % request.commands.length] ?? { name: 'help' };
    const record = standIn.sendSlashCommand({
      name: command.name,
      ...(command.options ? { options: command.options } : {}),
      user: users[i % users.length] ?? standIn.user(),
    });
    records.push(record);
    record
      .waitUntil((r) => r.callbacks.length > 0, 'a callback', { timeoutMs: 60_000 })
      .then(
        () => firstCallback.push(Date.now() - record.dispatchedAt),
        () => undefined,
      );
  }
  await Promise.all(
    records.map((record) =>
      record.waitForResponse({ timeoutMs: 60_000 }).then(
        () => answeredAt.push(Date.now() - record.dispatchedAt),
        () => undefined,
      ),
    ),
  );
  const tookMs = performance.now() - started;
  const shown = (record: InteractionRecord) => record.originalMessage ?? record.followUps[0];
  return {
    sent: records.length,
    answered: records.filter((record) => record.isComplete).length,
    cooldown: records.filter((record) => /asking quickly/.test(shown(record)?.content ?? ''))
      .length,
    deferred: records.filter((record) => record.callbacks[0]?.type === 5).length,
    lost: records.filter((record) => record.callbacks.length === 0).length,
    firstCallbackP50Ms: percentile(firstCallback, 50),
    firstCallbackP99Ms: percentile(firstCallback, 99),
    answerP99Ms: percentile(answeredAt, 99),
    tookMs,
  };
}

/** Answer times of interactions sent one after another, each once the previous was answered. */
export interface OneAtATimeFigures {
  sent: number;
  answered: number;
  answerP50Ms: number;
  answerP99Ms: number;
}

/** Sends the commands one at a time, as a quiet server would, and times each full answer. */
async function sendOneAtATime(
  standIn: Awaited<ReturnType<typeof startDiscordStandIn>>,
  request: BurstRequest,
): Promise<OneAtATimeFigures> {
  const user = standIn.user(undefined, 'bench-quiet');
  const times: number[] = [];
  for (let i = 0; i < request.interactions; i += 1) {
    const command = request.commands[i % request.commands.length] ?? { name: 'help' };
    const record = standIn.sendSlashCommand({
      name: command.name,
      ...(command.options ? { options: command.options } : {}),
      user,
    });
    await record.waitForResponse({ timeoutMs: 60_000 }).then(
      () => times.push(Date.now() - record.dispatchedAt),
      () => undefined,
    );
  }
  return {
    sent: request.interactions,
    answered: times.length,
    answerP50Ms: percentile(times, 50),
    answerP99Ms: percentile(times, 99),
  };
}

/** A burst through the stand-in to the real bot, serving `store`. */
export function burstRealBot(
  store: KnowledgeStore,
  request: BurstRequest,
  cooldownSeconds: number,
): Promise<BurstFigures> {
  return withRealBot(store, cooldownSeconds, (standIn) => sendBurst(standIn, request));
}

/** The commands one at a time to the real bot, with the cooldown off. */
export function oneAtATimeRealBot(
  store: KnowledgeStore,
  request: BurstRequest,
): Promise<OneAtATimeFigures> {
  return withRealBot(store, 0, (standIn) => sendOneAtATime(standIn, request));
}

/** The commands one at a time to the fixed-reply bot: the floor the real bot is compared with. */
export function oneAtATimeFixedReplyBot(request: BurstRequest): Promise<OneAtATimeFigures> {
  return withFixedReplyBot((standIn) => sendOneAtATime(standIn, request));
}

async function withRealBot<T>(
  store: KnowledgeStore,
  cooldownSeconds: number,
  send: (standIn: Awaited<ReturnType<typeof startDiscordStandIn>>) => Promise<T>,
): Promise<T> {
  const standIn = await startDiscordStandIn();
  try {
    const logger = createLogger({ level: 'silent' });
    const config = parseConfig({
      DISCORD_TOKEN: standIn.token,
      DISCORD_API_URL: standIn.apiUrl,
      COOLDOWN_SECONDS: String(cooldownSeconds),
      KNOWLEDGE_DIR: store.directory,
    });
    const commands = await loadCommandModules();
    await deployCommands(
      config,
      [...commands.values()].map((command) => command.definition),
    );
    const settings = await ServerSettings.open(
      await mkdtemp(path.join(tmpdir(), 'bench-settings-')),
      logger,
    );
    const bot = await startBot({ config, store, settings, logger, commands });
    try {
      return await send(standIn);
    } finally {
      await bot.stop();
    }
  } finally {
    await standIn.stop();
  }
}

/**
 * The same burst to a bot that replies with a fixed message at once: what the stand-in, the
 * client library and this machine cost with no answering at all.
 */
export function burstFixedReplyBot(request: BurstRequest): Promise<BurstFigures> {
  return withFixedReplyBot((standIn) => sendBurst(standIn, request));
}

async function withFixedReplyBot<T>(
  send: (standIn: Awaited<ReturnType<typeof startDiscordStandIn>>) => Promise<T>,
): Promise<T> {
  const standIn = await startDiscordStandIn();
  try {
    const client = await createTestClient(standIn);
    client.on(Events.InteractionCreate, (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      void interaction
        .reply({ content: 'A fixed reply.', flags: MessageFlags.Ephemeral })
        .catch(() => undefined);
    });
    return await send(standIn);
  } finally {
    await standIn.stop();
  }
}
