import { watch } from 'node:fs';
import type { KnowledgeStore } from '../live/knowledge-store.ts';
import type { Logger } from '../logger.ts';
import { writeAuditLine } from './audit-log.ts';
import { describeProblemLine } from './describe-refresh.ts';

/** Editors save in bursts (temp file, rename, touch); wait this long after the last event. */
export const watchDebounceMs = 1_000;

/** Who the refreshes the watcher starts are recorded as. */
export const watcherActor = 'file watcher';

export interface WatchOptions {
  store: Pick<KnowledgeStore, 'refresh'>;
  directory: string;
  logger: Logger;
  debounceMs?: number;
}

/**
 * Refreshes the knowledge when a file in the directory changes (KB_WATCH=true): events are
 * debounced into one refresh; dot files (`.removed/`, temporary files) and `originals/` are
 * ignored; a refresh that finds another running tries again later. Returns a stop function.
 */
export function watchKnowledgeDir(options: WatchOptions): () => void {
  const debounceMs = options.debounceMs ?? watchDebounceMs;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };
  const run = async () => {
    timer = undefined;
    try {
      const outcome = await options.store.refresh(watcherActor);
      if (outcome.status === 'busy') return schedule();
      const log = { action: 'watch', userId: watcherActor, guildId: null } as const;
      if (outcome.status === 'invalid') {
        writeAuditLine(options.logger, {
          ...log,
          outcome: 'invalid',
          details: { problems: outcome.problems.map(describeProblemLine) },
        });
        return;
      }
      const { added, removed, changed, factsChanged, glossaryChanged } = outcome.changes;
      if (
        added.length + removed.length + changed.length === 0 &&
        !factsChanged &&
        !glossaryChanged
      ) {
        // e.g. the echo of a /kb add, which already refreshed and wrote its own audit line.
        options.logger.debug('kb: file watcher refresh found nothing new');
        return;
      }
      writeAuditLine(options.logger, {
        ...log,
        outcome: 'refreshed',
        details: { ...outcome.changes, tookMs: outcome.tookMs },
      });
    } catch (err) {
      options.logger.error({ err }, 'kb: the file watcher could not refresh the knowledge');
    }
  };

  const watcher = watch(options.directory, (_event, name) => {
    if (isRelevant(name)) schedule();
  });
  watcher.on('error', (err) => options.logger.error({ err }, 'kb: the file watcher failed'));
  options.logger.info({ directory: options.directory, debounceMs }, 'kb: watching for changes');
  return () => {
    stopped = true;
    clearTimeout(timer);
    watcher.close();
  };
}

/** Whether a changed name can affect what loads; an unknown name (null) might. */
export function isRelevant(name: string | null): boolean {
  if (name === null) return true;
  const base = name.split(/[\\/]/)[0] ?? name;
  if (base.startsWith('.') || base === 'originals') return false;
  return !/(?:~|\.tmp|\.swp)$/.test(name);
}
