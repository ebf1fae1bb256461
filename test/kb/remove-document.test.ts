import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closestIds, removeDocument } from '../../src/kb/remove-document.ts';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { createLogger } from '../../src/logger.ts';
import { copyKnowledge, listTree, type TempKnowledge } from './temp-knowledge.ts';

const logger = createLogger({ level: 'silent' });
const now = () => new Date('2026-01-02T03:04:05.678Z');

describe('removeDocument', () => {
  let knowledge: TempKnowledge;
  let store: KnowledgeStore;
  beforeEach(async () => {
    knowledge = await copyKnowledge();
    store = await KnowledgeStore.open({ directory: knowledge.directory, logger });
  });
  afterEach(() => knowledge.remove());

  it('moves the file into .removed/ and stops serving it', async () => {
    const original = await readFile(path.join(knowledge.directory, 'party-2017-09-04.md'));
    const result = await removeDocument('party-2017-09-04', { store, by: 'ada', now });
    expect(result).toMatchObject({
      movedTo: '.removed/2026-01-02T03-04-05-678Z-party-2017-09-04.md',
      outcome: { status: 'refreshed', changes: { removed: ['party-2017-09-04'] } },
    });
    expect(await readFile(path.join(knowledge.directory, result.movedTo ?? ''))).toEqual(original);
    expect(store.current().library.knowledgeBase.documentsById.has('party-2017-09-04')).toBe(false);
  });

  it('puts the file back when the facts quote the document', async () => {
    const tree = await listTree(knowledge.directory);
    const result = await removeDocument('ofsted-2012', { store, by: 'ada', now });
    expect(result.movedTo).toBeUndefined();
    expect(result.outcome.status).toBe('invalid');
    expect(result.outcome.status === 'invalid' && result.outcome.problems[0]?.file).toBe(
      'facts.yaml',
    );
    expect(await listTree(knowledge.directory)).toEqual(tree);
    expect(store.current().library.knowledgeBase.documentsById.has('ofsted-2012')).toBe(true);
  });

  it('refuses an unknown id, suggesting close ones', async () => {
    await expect(removeDocument('ofsted-2071', { store, by: 'ada', now })).rejects.toMatchObject({
      code: 'not-found',
      message: 'No document "ofsted-2071" is loaded. Did you mean: ofsted-2017, ofsted-2012?',
    });
    expect(closestIds('zzz', ['ofsted-2017'])).toEqual([]);
  });
});
