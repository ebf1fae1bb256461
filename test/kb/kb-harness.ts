import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type Config, parseConfig } from '../../src/config.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { loadCommandModules } from '../../src/discord/load-command-modules.ts';
import { registeredDefinitions } from '../../src/discord/registered-definitions.ts';
import { type RunningBot, startBot } from '../../src/discord/start-bot.ts';
import { GapLog } from '../../src/feedback/gap-log.ts';
import { loadCatalogue } from '../../src/knowledge/councils/load-council-catalogue.ts';
import type { KnowledgeLoad } from '../../src/knowledge/load-knowledge-base.ts';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { createLogger } from '../../src/logger.ts';
import { ServerSettings } from '../../src/settings/server-settings.ts';
import {
  type DiscordStandIn,
  type InteractionRecord,
  type SlashCommandInput,
  type StandInMessage,
  startDiscordStandIn,
} from '../support/discord-stand-in/index.ts';

/** One parsed JSON log line. */
export type LogEntry = Record<string, unknown> & { level: number; msg?: string };

/** The real bot, logged in to a stand-in Discord, serving a knowledge folder of the test's. */
export interface KbBot {
  standIn: DiscordStandIn;
  bot: RunningBot;
  config: Config;
  store: KnowledgeStore;
  /** Every log line so far, parsed (from an in-memory destination, not a mock). */
  logEntries(): LogEntry[];
  /** Sends a slash command and waits for the answer a user would see. */
  run(input: SlashCommandInput, timeoutMs?: number): Promise<InteractionRecord>;
  stop(): Promise<void>;
}

export interface KbBotOptions {
  directory: string;
  env?: Record<string, string>;
  load?: (directory: string) => Promise<KnowledgeLoad>;
}

/** Starts a stand-in, loads `directory`, registers every command in the guild and starts the bot. */
export async function startKbBot(options: KbBotOptions): Promise<KbBot> {
  const standIn = await startDiscordStandIn();
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const logger = createLogger({ level: 'info', destination });
  try {
    const config = parseConfig({
      DISCORD_TOKEN: standIn.token,
      DISCORD_API_URL: standIn.apiUrl,
      DISCORD_GUILD_ID: standIn.guildId,
      COOLDOWN_SECONDS: '0',
      KNOWLEDGE_DIR: options.directory,
      // Each bot keeps its settings apart unless a test names a DATA_DIR to restart into.
      DATA_DIR: await mkdtemp(path.join(tmpdir(), 'settings-')),
      ...options.env,
    });
    const store = await KnowledgeStore.open({
      directory: options.directory,
      logger,
      // The shipped catalogue, as npm start loads it: councils known but not loaded.
      catalogue: await loadCatalogue(),
      ...(options.load ? { load: options.load } : {}),
    });
    const commands = await loadCommandModules();
    await deployCommands(config, registeredDefinitions(commands.values()));
    const settings = await ServerSettings.open(config.dataDir, logger);
    const gaps = await GapLog.open(config.dataDir);
    const bot = await startBot({ config, store, settings, gaps, logger, commands });
    return {
      standIn,
      bot,
      config,
      store,
      logEntries: () =>
        chunks
          .join('')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as LogEntry),
      run: (input, timeoutMs = 10_000) =>
        standIn.sendSlashCommand(input).waitForResponse({ timeoutMs }),
      async stop() {
        await bot.stop();
        await standIn.stop();
      },
    };
  } catch (error) {
    await standIn.stop();
    throw error;
  }
}

/**
 * All the text a user sees in a message (content, embed titles, descriptions and fields), with
 * Markdown escapes removed as Discord renders them: `KB\\_MAX` shows as `KB_MAX`.
 */
export function textOf(message: StandInMessage): string {
  const parts = [message.content];
  for (const embed of message.embeds) {
    parts.push(embed.title ?? '', embed.description ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.filter(Boolean).join('\n').replace(/\\(.)/g, '$1');
}
