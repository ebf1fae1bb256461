import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { memoryLog } from '../discord/bot-harness.ts';

/**
 * A store over `directory` keeping its index snapshots in `snapshotDirectory`, as the bot opens
 * it, with the log it wrote; and the one snapshot file such a store leaves there.
 */
export function snapshotStore(directory: () => string, snapshotDirectory: () => string) {
  return {
    async open() {
      const log = memoryLog('info');
      const store = await KnowledgeStore.open({
        directory: directory(),
        logger: log.logger,
        snapshotDirectory: snapshotDirectory(),
      });
      return { store, log };
    },
    async snapshotFile() {
      const [name] = await readdir(snapshotDirectory());
      return path.join(snapshotDirectory(), name ?? 'none');
    },
  };
}
