import type { Client } from 'discord.js';
import type { ShardChannel } from './share-knowledge-changes.ts';

/**
 * The channel to the ShardingManager of a bot started by it (process mode): discord.js's
 * ShardClientUtil sends, and the manager's messages arrive on the process. Undefined when the
 * bot runs on its own.
 */
export function processShardChannel(client: Client): ShardChannel | undefined {
  const util = client.shard;
  if (util === null || util.mode !== 'process') return undefined;
  return {
    shardId: util.ids[0] ?? 0,
    send: (message) => util.send(message),
    onMessage(listener) {
      process.on('message', listener);
      return () => process.off('message', listener);
    },
  };
}
