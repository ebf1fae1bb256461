import type { Logger } from '../logger.ts';

/** One knowledge action for the audit trail: who, where, what, and how it ended. */
export interface AuditEntry {
  action: string;
  userId: string;
  /** The server, or null for the console and the file watcher. */
  guildId: string | null;
  /** e.g. refreshed, invalid, busy, denied, rejected, error. */
  outcome: string;
  /** Whatever else identifies the change: document id, file, counts, reason. */
  details?: Record<string, unknown>;
}

/**
 * Writes one structured audit line (`audit: true`) through the one logger, so every change to
 * the knowledge can be found with a single filter on the log.
 */
export function writeAuditLine(logger: Logger, entry: AuditEntry): void {
  const { details, ...fields } = entry;
  logger.info({ audit: true, ...details, ...fields }, `kb ${entry.action}: ${entry.outcome}`);
}
