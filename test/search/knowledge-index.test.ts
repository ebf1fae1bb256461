import { describe, expect, it } from 'vitest';
import { buildValidIndex } from '../fixtures/valid-knowledge.ts';

describe('buildKnowledgeIndex', () => {
  it('indexes every passage and every curated fact', async () => {
    const index = await buildValidIndex();
    expect(index.passages.size).toBe(index.knowledgeBase.passages.length);
    expect(index.facts.size).toBe(index.factRecords.length);
    expect(index.factRecordsById.get('people/0/roles/0')?.statement).toBe(
      'Jane Pollard: Lead inspector, Ofsted',
    );
  });

  it('takes the build time from the clock it is given', async () => {
    const index = await buildValidIndex();
    expect(index.builtAt.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(index.buildMs).toBeGreaterThanOrEqual(0);
  });

  it('finds a passage by its document title and its headings', async () => {
    const index = await buildValidIndex();
    expect(index.passages.search('judgements').map((hit) => hit.id)).toEqual(['ofsted-2017#112']);
    expect(index.passages.search('help protection')[0]?.id).toMatch(/^ofsted-2017#/);
  });

  it('finds a fact by its keywords', async () => {
    const index = await buildValidIndex();
    const ids = index.facts.search('lead inspector').map((hit) => hit.id);
    expect(ids.slice(0, 2).sort()).toEqual([
      'inspections/inspection-2017/lead-inspector',
      'people/0/roles/0',
    ]);
  });
});
