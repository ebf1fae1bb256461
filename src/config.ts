import { existsSync } from 'node:fs';
import { z } from 'zod';

/** Discord's REST base without the version segment, as discord.js's `rest.api` option takes it. */
export const defaultDiscordApiUrl = 'https://discord.com/api';

/** An unset variable and an empty one (`DISCORD_TOKEN=` copied from .env.example) mean the same. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = (max: number) => z.coerce.number().int().positive().max(max);

const envSchema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string()
      .regex(/^\S+$/, "must be the bot token alone, without 'Bot ' or spaces")
      .min(20, 'is too short to be a bot token'),
  ),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  KNOWLEDGE_DIR: optional(z.string()),
  DATA_DIR: optional(z.string().trim().min(1)),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  KB_ADMIN_ROLE_IDS: optional(
    z
      .string()
      .transform((list) =>
        list
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(snowflake)),
  ),
  KB_WATCH: optional(booleanFlag),
  KB_MAX_ATTACHMENT_BYTES: optional(positiveInt(25 * 1024 * 1024)),
  COOLDOWN_SECONDS: optional(z.coerce.number().min(0).max(3600)),
  PAGE_EXPIRY_SECONDS: optional(positiveInt(14 * 60)),
});

/** Every environment variable the bot reads, as `.env.example` documents them. */
export const configVariableNames = Object.keys(envSchema.shape);

/** The bot's settings, parsed once from the environment. */
export interface Config {
  discordToken: string | undefined;
  discordApiUrl: string;
  applicationId: string | undefined;
  guildId: string | undefined;
  knowledgeDir: string;
  /** Where the bot keeps what servers set (each server's default council), kept across restarts. */
  dataDir: string;
  logLevel: string;
  kbAdminRoleIds: string[];
  kbWatch: boolean;
  kbMaxAttachmentBytes: number;
  cooldownSeconds: number;
  /** Pagination buttons stop working after this; Discord's interaction tokens last 15 minutes. */
  pageExpirySeconds: number;
}

/** Thrown when the environment is invalid; its message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the settings from an environment, reporting every invalid variable at once. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    discordToken: e.DISCORD_TOKEN,
    discordApiUrl: (e.DISCORD_API_URL ?? defaultDiscordApiUrl).replace(/\/+$/, ''),
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    knowledgeDir: e.KNOWLEDGE_DIR ?? 'knowledge',
    dataDir: e.DATA_DIR ?? 'data',
    logLevel: e.LOG_LEVEL ?? 'info',
    kbAdminRoleIds: e.KB_ADMIN_ROLE_IDS ?? [],
    kbWatch: e.KB_WATCH ?? false,
    kbMaxAttachmentBytes: e.KB_MAX_ATTACHMENT_BYTES ?? 1024 * 1024,
    cooldownSeconds: e.COOLDOWN_SECONDS ?? 3,
    pageExpirySeconds: e.PAGE_EXPIRY_SECONDS ?? 600,
  };
}

/**
 * Reads `.env` (when present; real environment variables win) and parses the settings.
 * Entry points call this once and pass the result inward.
 */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}
