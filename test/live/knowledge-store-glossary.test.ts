import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { createLogger } from '../../src/logger.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';
import { copyKnowledge, type TempKnowledge } from '../kb/temp-knowledge.ts';

const logger = createLogger({ level: 'silent' });

/** The terms the serving index recognises for "CSE", or undefined when it knows none. */
function termsOfCse(store: KnowledgeStore): readonly string[] | undefined {
  const [council] = store.current().library.loaded.councils;
  const index = council ? store.current().library.indexFor(council.id) : undefined;
  return index?.synonyms.groups.find((group) => group.terms.includes('CSE'))?.terms;
}

describe.each([false, true])('the glossary through a refresh (in a worker: %s)', (inWorker) => {
  let knowledge: TempKnowledge;
  let store: KnowledgeStore;

  beforeEach(async () => {
    knowledge = await copyKnowledge();
    store = await KnowledgeStore.open({
      directory: knowledge.directory,
      logger,
      refreshInWorker: inWorker,
    });
  });
  afterEach(() => knowledge.remove());

  it('serves the glossary loaded, and picks up an edit on refresh', async () => {
    expect(termsOfCse(store)).toContain('child sexual exploitation');
    const file = path.join(knowledge.directory, 'glossary.yaml');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        'sexual exploitation, CSE',
        'sexual exploitation, CSE, grooming',
      ),
    );
    expect((await store.refresh('ada')).status).toBe('refreshed');
    expect(termsOfCse(store)).toContain('grooming');
  });

  it('keeps the old glossary serving when a refresh meets a broken one', async () => {
    const before = store.current();
    await copyFile(
      fixturePath('knowledge', 'glossary-invalid', 'glossary.yaml'),
      path.join(knowledge.directory, 'glossary.yaml'),
    );
    const outcome = await store.refresh('ada');
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.problems.map((problem) => problem.file)).toContain('glossary.yaml');
    expect(store.current()).toBe(before);
    expect(termsOfCse(store)).toContain('child sexual exploitation');
  });
});

describe('a broken glossary at start-up', () => {
  it('is reported and skipped; the documents and the good entries still serve', async () => {
    const knowledge = await copyKnowledge();
    try {
      await copyFile(
        fixturePath('knowledge', 'glossary-invalid', 'glossary.yaml'),
        path.join(knowledge.directory, 'glossary.yaml'),
      );
      const store = await KnowledgeStore.open({ directory: knowledge.directory, logger });
      const snapshot = store.current();
      expect(snapshot.skipped.every((problem) => problem.file === 'glossary.yaml')).toBe(true);
      expect(snapshot.skipped.length).toBeGreaterThan(0);
      expect(snapshot.library.knowledgeBase.documents).toHaveLength(3);
      const [council] = snapshot.library.loaded.councils;
      const index = council ? snapshot.library.indexFor(council.id) : undefined;
      expect(index?.synonyms.groups.some((group) => group.terms.includes('MASH'))).toBe(true);
    } finally {
      await knowledge.remove();
    }
  });
});
