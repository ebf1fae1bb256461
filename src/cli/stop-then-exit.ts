import type { Logger } from '../logger.ts';

/**
 * How long a shutdown may take before the process exits anyway. Disconnecting from Discord
 * takes well under a second; a stop still running after 5 s is stuck (a gateway reconnect
 * discord.js cannot cancel), and a supervisor sending SIGTERM expects the process to go.
 */
export const shutdownDeadlineMs = 5_000;

export interface StopThenExitOptions {
  stop: () => Promise<void>;
  logger: Logger;
  /** The exit code once `stop` has finished. */
  code: number;
  deadlineMs?: number;
  exit?: (code: number) => void;
}

/**
 * Stops, then exits with `code`; if stopping fails or outlives the deadline, logs why and
 * exits 1. Exiting explicitly means a connection left open by a stop cannot keep the bot up.
 */
export function stopThenExit(options: StopThenExitOptions): void {
  const { logger, deadlineMs = shutdownDeadlineMs, exit = (code) => process.exit(code) } = options;
  const deadline = setTimeout(() => {
    logger.error({ deadlineMs }, `shutdown did not finish within ${deadlineMs} ms: exiting anyway`);
    exit(1);
  }, deadlineMs);
  options.stop().then(
    () => {
      clearTimeout(deadline);
      exit(options.code);
    },
    (err: unknown) => {
      clearTimeout(deadline);
      logger.error({ err }, 'shutdown failed');
      exit(1);
    },
  );
}
