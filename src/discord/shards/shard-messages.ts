import { z } from 'zod';

/**
 * Sent by a shard whose knowledge changed (a moderator's /kb, the folder watcher), and relayed
 * by the manager to every other shard so each reloads the same folder.
 */
const knowledgeChangedSchema = z.strictObject({
  type: z.literal('findings-bot:knowledge-changed'),
  /** The shard whose refresh it was, so the manager does not send it back there. */
  fromShard: z.number().int().nonnegative(),
});
export type KnowledgeChangedMessage = z.infer<typeof knowledgeChangedSchema>;

export function knowledgeChanged(fromShard: number): KnowledgeChangedMessage {
  return { type: 'findings-bot:knowledge-changed', fromShard };
}

/**
 * The IPC channel also carries discord.js's own messages (`_ready`, `_sEval`, …): anything that
 * is not ours parses to undefined and is left to discord.js.
 */
export function readKnowledgeChanged(message: unknown): KnowledgeChangedMessage | undefined {
  const parsed = knowledgeChangedSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}
