import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { createLogger } from '../../src/logger.ts';
import { copyKnowledge, type TempKnowledge } from '../kb/temp-knowledge.ts';

const logger = createLogger({ level: 'silent' });

/** Numbers to 12 significant digits: a revived index may move a score's last bit. */
function rounded(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'number' ? Number(item.toPrecision(12)) : item,
    ),
  );
}

describe('a refresh built in a worker thread', () => {
  let knowledge: TempKnowledge;
  let store: KnowledgeStore;

  beforeEach(async () => {
    knowledge = await copyKnowledge();
    store = await KnowledgeStore.open({
      directory: knowledge.directory,
      logger,
      refreshInWorker: true,
    });
  });
  afterEach(() => knowledge.remove());

  it('answers from the old snapshot until the swap, then exactly as a build here would', async () => {
    const before = store.current();
    const file = path.join(knowledge.directory, 'party-2017-09-04.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nSupervision was discussed again.\n`);
    // The event loop keeps turning while the worker loads and builds.
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks += 1;
      expect(store.current()).toBe(before);
    }, 5);
    const refreshing = store.refresh('ada');
    const outcome = await refreshing.finally(() => clearInterval(ticker));
    expect(ticks).toBeGreaterThan(0);
    expect(outcome).toMatchObject({
      status: 'refreshed',
      changes: { changed: ['party-2017-09-04'], added: [], removed: [] },
    });
    const after = store.current();
    expect(after).not.toBe(before);
    expect(after.indexesFrom).toBe('worker');

    const here = await KnowledgeStore.open({ directory: knowledge.directory, logger });
    expect(after.library.knowledgeBase.contentHash).toBe(
      here.current().library.knowledgeBase.contentHash,
    );
    expect(after.library.knowledgeBase.passages).toEqual(
      here.current().library.knowledgeBase.passages,
    );
    for (const topic of ['supervision', 'care leavers']) {
      expect(rounded(after.api.findings(topic))).toEqual(
        rounded(here.current().api.findings(topic)),
      );
    }
    expect(rounded(after.api.ratings())).toEqual(rounded(here.current().api.ratings()));
  });

  it('refuses an invalid set and keeps serving the old one', async () => {
    const before = store.current();
    const file = path.join(knowledge.directory, 'party-2017-09-04.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^publisher:.*\n/m, ''));
    expect(await store.refresh('ada')).toMatchObject({
      status: 'invalid',
      problems: [{ file: 'party-2017-09-04.md', field: 'publisher', reason: 'is required' }],
    });
    expect(store.current()).toBe(before);
  });

  it('writes the snapshot the next start revives', async () => {
    const snapshotDirectory = path.join(knowledge.root, 'data');
    const withSnapshots = await KnowledgeStore.open({
      directory: knowledge.directory,
      logger,
      refreshInWorker: true,
      snapshotDirectory,
    });
    await writeFile(
      path.join(knowledge.directory, 'extra.md'),
      (await readFile(path.join(knowledge.directory, 'party-2017-09-04.md'), 'utf8')).replace(
        /^id: .*$/m,
        'id: extra',
      ),
    );
    expect((await withSnapshots.refresh('ada')).status).toBe('refreshed');
    const next = await KnowledgeStore.open({
      directory: knowledge.directory,
      logger,
      snapshotDirectory,
    });
    expect(next.current().indexesFrom).toBe('snapshot');
    expect(next.current().library.knowledgeBase.documentsById.has('extra')).toBe(true);
  });
});
