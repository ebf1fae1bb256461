import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths where a secret could appear in a log line. pino censors them before serialising, so a
 * token never reaches a log file even when a whole config or request object is logged.
 */
export const redactedPaths = [
  'token',
  'discordToken',
  'DISCORD_TOKEN',
  '*.token',
  '*.discordToken',
  '*.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
];

export interface LoggerOptions {
  level?: string;
  destination?: DestinationStream;
  /** Values to scrub wherever they appear, even inside messages and error stacks. */
  secrets?: readonly string[];
}

/** Creates the one structured logger, writing JSON lines to `destination` (stderr by default). */
export function createLogger(options: LoggerOptions = {}): Logger {
  const scrub = secretScrubber(options.secrets ?? []);
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: redactedPaths, censor: '[redacted]' },
      base: { app: 'findings-bot' },
      serializers: {
        // Every string of an error is scrubbed, however deep: an error can carry the config,
        // a request or a URL with a token in it.
        // (pino's serialised error has its own prototype; copied, it is scrubbed like any object.)
        err: (err: Error) => scrubDeep({ ...pino.stdSerializers.err(err) }, scrub, 0),
      },
      hooks: {
        // Path redaction cannot see inside strings: a token inside a message, a URL or any other
        // field is scrubbed here, before pino serialises the line.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => scrubDeep(arg, scrub, 0));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination(2),
  );
}

/** Scrubs strings in plain objects and arrays; errors are left to the `err` serializer. */
function scrubDeep(value: unknown, scrub: (text: string) => string, depth: number): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, scrub, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, scrubDeep(item, scrub, depth + 1)]),
  );
}

/**
 * An interaction's token sits in the URLs discord.js reports with a failed reply
 * (`/interactions/<id>/<token>/callback`, `/webhooks/<app id>/<token>`); it is valid for 15
 * minutes, long enough to misuse, so it never reaches the log either.
 */
const interactionTokenInUrl = /(\/(?:interactions|webhooks)\/\d+\/)[\w.-]{20,}/g;

function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((secret) => secret.length >= 8);
  return (text) =>
    present
      .reduce((scrubbed, secret) => scrubbed.split(secret).join('[redacted]'), text)
      .replace(interactionTokenInUrl, '$1[redacted]');
}
