import { beforeAll, describe, expect, it } from 'vitest';
import { inspectionsInOrder } from '../../src/answer/list-ratings.ts';
import { progressStatements } from '../../src/answer/progress-statements.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import type { KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { buildKnowledgeLibrary } from '../../src/search/knowledge-library.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

let bromley: KnowledgeIndex;
beforeAll(async () => {
  const { knowledgeBase } = await loadKnowledgeBase(await importFixtureReports(['bromley']));
  const index = buildKnowledgeLibrary(knowledgeBase).indexFor('bromley');
  if (!index) throw new Error('the Bromley fixture reports are not loaded');
  bromley = index;
}, 60_000);

describe('progressStatements', () => {
  it('finds a summary measuring the service against the last inspection, however worded', () => {
    const [first] = inspectionsInOrder(bromley).filter((inspection) =>
      inspection.report?.includes('2016'),
    );
    if (!first) throw new Error('no 2016 inspection');
    const statements = progressStatements(bromley, first).map((result) => result.excerpt);
    expect(statements.some((text) => text.includes('Since Ofsted last inspected Bromley'))).toBe(
      true,
    );
  });
});
