import { describe, expect, it } from 'vitest';
import { councilNameWords, withoutCouncilName } from '../../src/answer/without-council-name.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { buildKnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';
import { buildValidIndex } from '../fixtures/valid-knowledge.ts';

describe('withoutCouncilName', () => {
  it('drops the words of the council’s name, however written', () => {
    const words = new Set(['kingston', 'upon', 'hull']);
    expect(withoutCouncilName('How good is adoption in Hull’s services?', words)).toBe(
      'How good is adoption in services?',
    );
    expect(withoutCouncilName('Kingston upon Hull fostering', words)).toBe('fostering');
  });

  it('keeps a text that does not name the council', () => {
    expect(withoutCouncilName('supervision in 2017', new Set(['hull']))).toBe(
      'supervision in 2017',
    );
  });
});

describe('councilNameWords', () => {
  it('reads the name from the council’s documents', async () => {
    expect([...councilNameWords(await buildValidIndex())]).toEqual(['exampleshire']);
  });

  it('holds the short names people write for the council too', async () => {
    const directory = await importFixtureReports(['bournemouth-christchurch-and-poole']);
    const { knowledgeBase } = await loadKnowledgeBase(directory);
    const words = councilNameWords(buildKnowledgeIndex(knowledgeBase));
    expect(withoutCouncilName('BCP putting young people in HMOs', words)).toBe(
      'putting young people in HMOs',
    );
  });
});
