import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import {
  IndexSnapshotError,
  reviveCouncilIndex,
  serializeCouncilIndex,
} from '../../src/search/index-snapshot.ts';
import { indexKnowledge, openKnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';

let knowledgeBase: KnowledgeBase;
beforeAll(async () => {
  const load = await loadKnowledgeBase(fixturePath('knowledge', 'quoting'));
  expect(load.problems).toEqual([]);
  knowledgeBase = load.knowledgeBase;
});

/** Eight words of the report's paragraph 40. */
const run = 'recognition of the risks to children from sexual';

describe('a council line', () => {
  it('revives the quote-run index it was made from', () => {
    const data = indexKnowledge(knowledgeBase);
    const revived = reviveCouncilIndex(serializeCouncilIndex('c', data));
    expect([...revived.data.primaryRuns.hashes]).toEqual([...data.primaryRuns.hashes]);
    expect([...revived.data.primaryRuns.holders]).toEqual([...data.primaryRuns.holders]);
    const index = openKnowledgeIndex(knowledgeBase, revived.data);
    expect(index.primaryRuns.firstHolding(run)).toBe('report#40');
  });

  it('is refused when its quote runs point past the passages it names', () => {
    const line = JSON.parse(serializeCouncilIndex('c', indexKnowledge(knowledgeBase)));
    line.primaryRuns.ids = [];
    expect(() => reviveCouncilIndex(JSON.stringify(line))).toThrow(IndexSnapshotError);
    expect(() => reviveCouncilIndex(JSON.stringify(line))).toThrow(
      'council "c" has a malformed quote-run index (a holder past the end of the ids)',
    );
  });

  it('is refused when its quote-run hashes are not base64', () => {
    const line = JSON.parse(serializeCouncilIndex('c', indexKnowledge(knowledgeBase)));
    line.primaryRuns.hashes = 'not base64!';
    expect(() => reviveCouncilIndex(JSON.stringify(line))).toThrow(IndexSnapshotError);
  });
});
