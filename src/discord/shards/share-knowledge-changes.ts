import type { KnowledgeStore } from '../../live/knowledge-store.ts';
import type { Logger } from '../../logger.ts';
import { knowledgeChanged, readKnowledgeChanged } from './shard-messages.ts';

/** How this shard talks to the manager: discord.js's IPC channel, or a fake in tests. */
export interface ShardChannel {
  /** The first shard id this process runs (one per process under the manager). */
  shardId: number;
  send(message: unknown): Promise<unknown>;
  /** Calls `listener` with every message from the manager; returns the way to stop. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** Who a reload asked for by another shard is recorded as, in /kb status and the log. */
export const otherShardActor = 'another shard';

/** While this shard's own refresh runs, a relayed change waits this long between tries. */
const busyRetryMs = 500;

/**
 * Keeps this shard's knowledge in step with the others': after a refresh here (a moderator's
 * /kb, the folder watcher) the manager is told, and a change relayed from another shard reloads
 * the same folder here. A relayed change that arrives while a refresh runs is reloaded after it,
 * since that refresh may have read the folder before the other shard changed it.
 */
export function shareKnowledgeChanges(
  store: KnowledgeStore,
  channel: ShardChannel,
  logger: Logger,
): () => void {
  const stopTelling = store.onRefreshed((outcome) => {
    if (outcome.snapshot.loadedBy === otherShardActor) return;
    channel
      .send(knowledgeChanged(channel.shardId))
      .catch((err: unknown) =>
        logger.warn({ err }, 'could not tell the other shards the knowledge changed'),
      );
  });
  let reloading: Promise<void> | undefined;
  let again = false;
  const reload = async () => {
    do {
      again = false;
      const outcome = await store.refresh(otherShardActor);
      if (outcome.status === 'busy') {
        again = true;
        await new Promise((resolve) => setTimeout(resolve, busyRetryMs));
      } else if (outcome.status === 'invalid') {
        // The shard that changed the folder checked it; here it no longer loads (a later edit).
        logger.warn(
          { problems: outcome.problems.length },
          'knowledge changed on another shard but does not load here: the old set keeps serving',
        );
      } else {
        logger.info(
          { tookMs: outcome.tookMs },
          'knowledge reloaded after another shard changed it',
        );
      }
    } while (again);
  };
  const stopListening = channel.onMessage((message) => {
    if (readKnowledgeChanged(message) === undefined) return;
    if (reloading) {
      again = true;
      return;
    }
    reloading = reload()
      .catch((err: unknown) => logger.error({ err }, 'reloading after another shard failed'))
      .finally(() => {
        reloading = undefined;
      });
  });
  return () => {
    stopTelling();
    stopListening();
  };
}
