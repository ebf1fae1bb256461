import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { diffKnowledge } from '../../src/live/knowledge-changes.ts';
import { loadValidKnowledge } from '../fixtures/valid-knowledge.ts';

/** The knowledge base with one file's bytes changed (a new hash) or the file gone. */
function withFile(knowledgeBase: KnowledgeBase, name: string, change: 'edit' | 'drop') {
  const files = knowledgeBase.files.flatMap((file) => {
    if (file.file !== name) return [file];
    return change === 'drop' ? [] : [{ ...file, sha256: '0'.repeat(64) }];
  });
  return { ...knowledgeBase, files };
}

describe('diffKnowledge', () => {
  it('tells a glossary edit from a facts edit', async () => {
    const before = await loadValidKnowledge();
    expect(diffKnowledge(before, withFile(before, 'glossary.yaml', 'edit'))).toMatchObject({
      changed: [],
      factsChanged: false,
      glossaryChanged: true,
    });
    expect(diffKnowledge(before, withFile(before, 'facts.yaml', 'edit'))).toMatchObject({
      factsChanged: true,
      glossaryChanged: false,
    });
  });

  it('never takes the glossary for the facts in a folder without facts.yaml', async () => {
    const noFacts = withFile(await loadValidKnowledge(), 'facts.yaml', 'drop');
    const edited = withFile(noFacts, 'glossary.yaml', 'edit');
    expect(diffKnowledge(noFacts, edited)).toMatchObject({
      factsChanged: false,
      glossaryChanged: true,
    });
  });
});
