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
        err: (err: Error) => {
          const serialised = pino.stdSerializers.err(err);
          return {
            ...serialised,
            message: scrub(serialised.message),
            stack: scrub(serialised.stack),
          };
        },
      },
      hooks: {
        // Path redaction cannot see inside strings; a token pasted into a message is scrubbed here.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination(2),
  );
}

function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((secret) => secret.length >= 8);
  return (text) =>
    present.reduce((scrubbed, secret) => scrubbed.split(secret).join('[redacted]'), text);
}
