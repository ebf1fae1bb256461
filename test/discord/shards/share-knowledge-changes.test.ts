import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKnowledgeChanged } from '../../../src/discord/shards/shard-messages.ts';
import {
  otherShardActor,
  type ShardChannel,
  shareKnowledgeChanges,
} from '../../../src/discord/shards/share-knowledge-changes.ts';
import { KnowledgeStore } from '../../../src/live/knowledge-store.ts';
import { fixturePath } from '../../fixtures/fixture-path.ts';
import { kinshipPressRelease } from '../../fixtures/kinship-press-release.ts';
import { memoryLog } from '../bot-harness.ts';

/** A fake manager: what one shard sends reaches every other shard, as the real one relays it. */
function fakeManager() {
  const listeners = new Map<number, Set<(message: unknown) => void>>();
  const sent: unknown[] = [];
  const channel = (shardId: number): ShardChannel => ({
    shardId,
    async send(message) {
      sent.push(message);
      const from = readKnowledgeChanged(message)?.fromShard;
      for (const [id, set] of listeners)
        if (id !== from) for (const listener of set) listener(message);
    },
    onMessage(listener) {
      const set = listeners.get(shardId) ?? new Set();
      set.add(listener);
      listeners.set(shardId, set);
      return () => set.delete(listener);
    },
  });
  return { channel, sent };
}

async function twoShards() {
  const directory = await mkdtemp(path.join(tmpdir(), 'share-knowledge-'));
  await cp(fixturePath('discord', 'knowledge'), directory, { recursive: true });
  const log = memoryLog();
  const stores = await Promise.all(
    [0, 1].map(() => KnowledgeStore.open({ directory, logger: log.logger })),
  );
  const manager = fakeManager();
  const stops = stores.map((store, shardId) =>
    shareKnowledgeChanges(store, manager.channel(shardId), log.logger),
  );
  const [first, second] = stores as [KnowledgeStore, KnowledgeStore];
  const stop = () => {
    for (const stopSharing of stops) stopSharing();
  };
  return { directory, first, second, manager, log, stop };
}

const documentCount = (store: KnowledgeStore) =>
  store.current().library.knowledgeBase.documents.length;

describe('shareKnowledgeChanges', () => {
  it('reloads the other shard after a refresh here, and is not sent back', async () => {
    const shards = await twoShards();
    await writeFile(
      path.join(shards.directory, kinshipPressRelease.fileName),
      kinshipPressRelease.text,
    );
    expect(documentCount(shards.second)).toBe(2);
    await shards.first.refresh('a moderator');
    await expect.poll(() => documentCount(shards.second)).toBe(3);
    expect(shards.second.current().loadedBy).toBe(otherShardActor);
    // Only the shard where the moderator acted told the manager; the reload did not echo.
    expect(shards.manager.sent).toEqual([{ type: 'findings-bot:knowledge-changed', fromShard: 0 }]);
    shards.stop();
  });

  it('reloads again after a refresh of its own that was running when the change came', async () => {
    const shards = await twoShards();
    // The second shard's own refresh starts first and reads the folder before the change.
    const own = shards.second.refresh('its own moderator');
    await writeFile(
      path.join(shards.directory, kinshipPressRelease.fileName),
      kinshipPressRelease.text,
    );
    await shards.first.refresh('a moderator');
    await own;
    await expect.poll(() => documentCount(shards.second), { timeout: 5_000 }).toBe(3);
    shards.stop();
  });

  it('ignores messages that are not its own, such as discord.js’s', async () => {
    const shards = await twoShards();
    const channel = shards.manager.channel(1);
    await channel.send({ _ready: true });
    await channel.send({ type: 'findings-bot:knowledge-changed', fromShard: 'x' });
    expect(shards.first.current().loadedBy).toBe('start-up');
    shards.stop();
  });
});
