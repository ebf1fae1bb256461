import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type APIEmbed, SlashCommandBuilder } from 'discord.js';
import { type Config, parseConfig } from '../../src/config.ts';
import type { CommandContext, CommandModule } from '../../src/discord/command-module.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { loadCommandModules } from '../../src/discord/load-command-modules.ts';
import { findLimitViolations } from '../../src/discord/message-limits.ts';
import { registeredDefinitions } from '../../src/discord/registered-definitions.ts';
import { type RunningBot, startBot } from '../../src/discord/start-bot.ts';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { ServerSettings } from '../../src/settings/server-settings.ts';
import type { UserError } from '../../src/user-error.ts';
import {
  type DiscordStandIn,
  type StandInEmbed,
  type StandInMessage,
  startDiscordStandIn,
} from '../support/discord-stand-in/index.ts';

/** One parsed JSON log line. */
export type LogEntry = Record<string, unknown> & { level: number; msg?: string };

/** A pino logger writing JSON lines into memory, for tests to read back. */
export interface MemoryLog {
  logger: Logger;
  /** Every line written so far, raw. */
  lines(): string[];
  /** Every line written so far, parsed. */
  entries(): LogEntry[];
}

/** Creates a logger whose destination is an in-memory stream (no mocks). */
export function memoryLog(level = 'info', secrets: readonly string[] = []): MemoryLog {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const logger = createLogger({ level, destination, secrets });
  const lines = () => chunks.join('').split('\n').filter(Boolean);
  return { logger, lines, entries: () => lines().map((line) => JSON.parse(line) as LogEntry) };
}

export interface HarnessOptions {
  /** Extra environment, over the defaults (stand-in token and URL, no cooldown, knowledge/). */
  env?: Record<string, string>;
  /** Command modules to serve instead of, or as well as, those in commands/. */
  extraCommands?: readonly CommandModule[];
  logLevel?: string;
  /** Give the logger the token to scrub, as `npm start` does; off, so tests see any leak. */
  scrubToken?: boolean;
  /** Told when Discord ends the session for good after start-up. */
  onFatal?: (error: UserError) => void;
  /** Register the definitions with the stand-in first, so options are typed as on Discord. */
  deploy?: boolean;
}

/** A stand-in Discord with the real bot logged in to it. */
export interface BotHarness {
  standIn: DiscordStandIn;
  bot: RunningBot;
  config: Config;
  store: KnowledgeStore;
  log: MemoryLog;
  commands: ReadonlyMap<string, CommandModule>;
  stop(): Promise<void>;
}

/** Starts a stand-in, opens the knowledge, deploys the commands and starts the bot against it. */
export async function startHarness(options: HarnessOptions = {}): Promise<BotHarness> {
  const standIn = await startDiscordStandIn();
  const log = memoryLog(options.logLevel ?? 'info', options.scrubToken ? [standIn.token] : []);
  try {
    const config = parseConfig({
      DISCORD_TOKEN: standIn.token,
      DISCORD_API_URL: standIn.apiUrl,
      COOLDOWN_SECONDS: '0',
      KNOWLEDGE_DIR: 'knowledge',
      ...options.env,
    });
    const store = await KnowledgeStore.open({ directory: config.knowledgeDir, logger: log.logger });
    const commands = new Map(await loadCommandModules());
    for (const extra of options.extraCommands ?? []) commands.set(extra.definition.name, extra);
    if (options.deploy !== false) {
      await deployCommands(config, registeredDefinitions(commands.values()));
    }
    const settings = await ServerSettings.open(
      await mkdtemp(path.join(tmpdir(), 'settings-')),
      log.logger,
    );
    const bot = await startBot({
      config,
      store,
      settings,
      logger: log.logger,
      commands,
      ...(options.onFatal ? { onFatal: options.onFatal } : {}),
    });
    return {
      standIn,
      bot,
      config,
      store,
      log,
      commands,
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

/** Every piece of text a user could see in a message: content, embeds, button labels. */
export function visibleStrings(message: {
  content?: string | null | undefined;
  embeds?: readonly EmbedLike[] | null | undefined;
  components?: readonly object[] | null | undefined;
}): string[] {
  const strings: string[] = [];
  if (message.content) strings.push(message.content);
  for (const embed of message.embeds ?? []) {
    if (embed.title) strings.push(embed.title);
    if (embed.description) strings.push(embed.description);
    if (embed.footer?.text) strings.push(embed.footer.text);
    if (embed.author?.name) strings.push(embed.author.name);
    for (const field of embed.fields ?? []) strings.push(field.name, field.value);
  }
  const walk = (components: readonly object[]) => {
    for (const component of components) {
      if ('label' in component && typeof component.label === 'string') {
        strings.push(component.label);
      }
      if ('components' in component && Array.isArray(component.components)) {
        walk(component.components);
      }
    }
  };
  walk(message.components ?? []);
  return strings;
}

interface EmbedLike {
  title?: string | undefined;
  description?: string | undefined;
  footer?: { text: string } | undefined;
  author?: { name: string } | undefined;
  fields?: readonly { name: string; value: string }[] | undefined;
}

/** A mention Discord would turn into a ping: @everyone, @here, <@id>, <@!id>, <@&id>. */
export const liveMention = /@everyone|@here|<@[!&]?\d/;

/** The live mentions in a message's visible text (empty when it is safe). */
export function liveMentions(message: Parameters<typeof visibleStrings>[0]): string[] {
  return visibleStrings(message).filter((text) => liveMention.test(text));
}

/** Every Discord limit a message as the stand-in stored it breaks (empty when valid). */
export function messageLimitViolations(message: StandInMessage): string[] {
  return findLimitViolations({
    content: message.content,
    embeds: message.embeds.map(toApiEmbed),
    components: message.components.map((row) => ({ components: row.components ?? [] })),
  });
}

function toApiEmbed(embed: StandInEmbed): APIEmbed {
  return {
    ...(embed.title === undefined ? {} : { title: embed.title }),
    ...(embed.description === undefined ? {} : { description: embed.description }),
    ...(embed.footer ? { footer: { text: embed.footer.text } } : {}),
    ...(embed.author ? { author: { name: embed.author.name } } : {}),
    ...(embed.fields ? { fields: embed.fields.map(({ name, value }) => ({ name, value })) } : {}),
  };
}

/** The fields of every embed of a message, in order. */
export function fieldsOf(message: StandInMessage): { name: string; value: string }[] {
  return message.embeds.flatMap((embed) => embed.fields ?? []);
}

/** All visible text of a message joined, for "contains" assertions. */
export function textOf(message: StandInMessage): string {
  return visibleStrings(message).join('\n');
}

/** The ids of the page buttons on a message, by label. */
export function buttonsOf(message: StandInMessage): Map<string, { id: string; disabled: boolean }> {
  const buttons = new Map<string, { id: string; disabled: boolean }>();
  for (const row of message.components) {
    for (const button of row.components ?? []) {
      if (typeof button.label === 'string' && typeof button.custom_id === 'string') {
        buttons.set(button.label, { id: button.custom_id, disabled: button.disabled === true });
      }
    }
  }
  return buttons;
}

/** The id of the button labelled `label`; throws, listing the buttons, when there is none. */
export function buttonId(message: StandInMessage, label: string): string {
  const button = buttonsOf(message).get(label);
  if (!button) {
    throw new Error(`no "${label}" button (buttons: ${[...buttonsOf(message).keys()].join(', ')})`);
  }
  return button.id;
}

/**
 * A test-only command whose handler throws what `fail` returns, optionally after deferring
 * privately as a slow command does.
 */
export function failingCommand(
  name: string,
  description: string,
  fail: (context: CommandContext) => Error,
  options: { deferPrivately?: boolean } = {},
): CommandModule {
  return {
    definition: new SlashCommandBuilder().setName(name).setDescription(description).toJSON(),
    ...(options.deferPrivately ? { deferPrivately: true } : {}),
    async execute(_interaction, context) {
      if (options.deferPrivately) await new Promise((resolve) => setTimeout(resolve, 20));
      throw fail(context);
    },
  };
}
