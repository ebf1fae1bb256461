import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { createLogger } from '../../src/logger.ts';
import { createSlowLoad } from '../kb/slow-load.ts';
import { copyKnowledge, type TempKnowledge } from '../kb/temp-knowledge.ts';

const logger = createLogger({ level: 'silent' });

describe('KnowledgeStore.refresh', () => {
  let knowledge: TempKnowledge;
  let slow: ReturnType<typeof createSlowLoad>;
  let store: KnowledgeStore;

  beforeEach(async () => {
    knowledge = await copyKnowledge();
    slow = createSlowLoad();
    store = await KnowledgeStore.open({ directory: knowledge.directory, logger, load: slow.load });
  });
  afterEach(() => knowledge.remove());

  it('tells a second refresh that one is running, and never applies its edit', async () => {
    const held = slow.holdNext();
    const first = store.refresh('ada');
    await expect.poll(() => held.entered).toBe(true);
    let applied = false;
    const second = await store.refresh('grace', {
      apply: async () => {
        applied = true;
      },
      undo: async () => undefined,
    });
    expect(second).toMatchObject({ status: 'busy', by: 'ada' });
    expect(applied).toBe(false);
    held.release();
    expect((await first).status).toBe('refreshed');
    expect(store.refreshing()).toBeUndefined();
  });

  it('keeps serving the old snapshot during a refresh and after an invalid one', async () => {
    const before = store.current();
    const file = path.join(knowledge.directory, 'party-2017-09-04.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^publisher:.*\n/m, ''));
    const held = slow.holdNext();
    const refreshing = store.refresh('ada');
    await expect.poll(() => held.entered).toBe(true);
    expect(store.current()).toBe(before);
    held.release();
    expect(await refreshing).toMatchObject({
      status: 'invalid',
      problems: [{ file: 'party-2017-09-04.md', field: 'publisher', reason: 'is required' }],
    });
    expect(store.current()).toBe(before);
  });

  it('undoes an edit whose result is invalid, and swaps in a valid one', async () => {
    const broken = path.join(knowledge.directory, 'broken.md');
    let undone = 0;
    const invalid = await store.refresh('ada', {
      apply: () => writeFile(broken, 'no front matter\n'),
      undo: async () => {
        undone += 1;
        await rm(broken);
      },
    });
    expect(invalid.status).toBe('invalid');
    expect(undone).toBe(1);

    const valid = await store.refresh('ada');
    expect(valid).toMatchObject({ status: 'refreshed', changes: { added: [], removed: [] } });
    expect(store.current().loadedBy).toBe('ada');
  });

  it('undoes an edit that fails part-way and passes the error on', async () => {
    let undone = 0;
    await expect(
      store.refresh('ada', {
        apply: async () => {
          throw new Error('disk full');
        },
        undo: async () => {
          undone += 1;
        },
      }),
    ).rejects.toThrow('disk full');
    expect(undone).toBe(1);
    expect(store.refreshing()).toBeUndefined();
  });
});
