import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import {
  buildKnowledgeLibrary,
  type KnowledgeLibrary,
} from '../../src/search/knowledge-library.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';
import { importFixtureReports } from '../fixtures/imported-reports.ts';

// Two real fixture reports with the tests' small glossary: what each council's index learns.
let directory: string;
let library: KnowledgeLibrary;

beforeAll(async () => {
  directory = await importFixtureReports(['bath-and-north-east-somerset', 'durham']);
  await copyFile(
    fixturePath('knowledge', 'valid', 'glossary.yaml'),
    path.join(directory, 'glossary.yaml'),
  );
  const { knowledgeBase, problems } = await loadKnowledgeBase(directory);
  expect(problems).toEqual([]);
  library = buildKnowledgeLibrary(knowledgeBase);
}, 60_000);
afterAll(() => rm(directory, { recursive: true, force: true }));

const indexOf = (councilId: string) => {
  const index = library.indexFor(councilId);
  if (!index) throw new Error(`no index for ${councilId}`);
  return index;
};
const groupWith = (councilId: string, term: string) =>
  indexOf(councilId).synonyms.groups.filter((group) => group.terms.includes(term));

describe('councilSynonyms over real reports', () => {
  it('adds the abbreviations a council’s report spells out to its own index only', () => {
    expect(groupWith('durham', 'EDT')).toEqual([
      { terms: ['EDT', 'emergency duty team'], topicTerms: ['EDT'] },
    ]);
    expect(groupWith('bath-and-north-east-somerset', 'EDT')).toEqual([]);
    expect(groupWith('bath-and-north-east-somerset', 'CDOP')).toHaveLength(1);
    expect(groupWith('durham', 'CDOP')).toEqual([]);
  });

  it('reads an abbreviation’s plural as the abbreviation where stemming does not', () => {
    // B&NES's report spells out "(DCS)"; "dcss" keeps its double s, "dcs" loses its last letter.
    const [group] = groupWith('bath-and-north-east-somerset', 'DCS');
    expect(group?.terms).toContain('DCSs');
    expect(group?.topicTerms).toContain('DCSs');
    // "EDTs" stems as "EDT" already: no plural is added.
    expect(groupWith('durham', 'EDTs')).toEqual([]);
  });

  it('searches the phrase for the abbreviation', () => {
    const [hit] = indexOf('durham').passages.search('EDT');
    const passage = hit ? library.knowledgeBase.passagesById.get(hit.id) : undefined;
    expect(passage?.text).toMatch(/emergency duty team/i);
  });

  it('joins an abbreviation the glossary has to its entry instead of repeating it', () => {
    expect(groupWith('bath-and-north-east-somerset', 'LSCB')).toEqual([
      {
        terms: ['Local Safeguarding Children Board', 'LSCB', 'safeguarding board'],
        topicTerms: ['Local Safeguarding Children Board', 'LSCB', 'safeguarding board'],
      },
    ]);
  });

  it('leaves the council’s own name out, and says why', () => {
    const bath = indexOf('bath-and-north-east-somerset');
    expect(bath.synonyms.groups.some((group) => group.terms.includes('B&NES'))).toBe(false);
    expect(bath.abbreviations.rejected.map((entry) => entry.abbreviation)).toContain('B&NES');
  });

  it('lets a question naming a learned abbreviation through the topic gate', () => {
    expect(indexOf('durham').onTopic('is the EDT any good?')).toBe(true);
    expect(indexOf('bath-and-north-east-somerset').onTopic('is the EDT any good?')).toBe(false);
  });
});
