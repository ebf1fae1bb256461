import type { KnowledgeIndex } from '../search/knowledge-index.ts';

/**
 * How many councils' indexes stay in memory at once when they can be read back from a snapshot.
 * A council's indexes are a few megabytes (the largest about twenty), so this bounds the heap
 * by what is being asked about rather than by the nation, and a council asked about again soon
 * is answered without reading it back.
 */
export const residentCouncilLimit = 32;

/**
 * Council indexes loaded when first asked for and kept while recently used: past `limit`, the
 * least recently used is let go, and loaded again if asked for later.
 */
export function residentCouncils(
  load: (councilId: string) => KnowledgeIndex | undefined,
  limit = residentCouncilLimit,
): { indexFor(councilId: string): KnowledgeIndex | undefined; resident(): string[] } {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const indexes = new Map<string, KnowledgeIndex>();
  return {
    indexFor(councilId) {
      const held = indexes.get(councilId);
      if (held) {
        indexes.delete(councilId);
        indexes.set(councilId, held);
        return held;
      }
      const loaded = load(councilId);
      if (!loaded) return undefined;
      indexes.set(councilId, loaded);
      for (const oldest of indexes.keys()) {
        if (indexes.size <= limit) break;
        indexes.delete(oldest);
      }
      return loaded;
    },
    resident: () => [...indexes.keys()],
  };
}
