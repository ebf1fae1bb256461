import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/knowledge/glossary/load-glossary.ts';
import { fixturePath } from '../../fixtures/fixture-path.ts';

const fixture = (name: string) => readFile(fixturePath('knowledge', name, 'glossary.yaml'), 'utf8');

describe('loadGlossary', () => {
  it('loads every entry of a valid glossary with its source', async () => {
    const { entries, problems } = loadGlossary(await fixture('valid'));
    expect(problems).toEqual([]);
    expect(entries[0]?.terms).toContain('LAC');
    expect(entries[0]?.source).toMatch(/Ofsted/);
    expect(entries.find((entry) => entry.terms.includes('council'))?.on_topic).toBe(false);
  });

  it('reports each bad entry by position, first term and field, and keeps the good ones', async () => {
    const { entries, problems } = loadGlossary(await fixture('glossary-invalid'));
    expect(entries.map((entry) => entry.terms[1])).toEqual(['MASH']);
    expect(problems).toEqual([
      {
        file: 'glossary.yaml',
        field: 'entries[1] ("PLO").terms',
        reason: 'an entry needs at least two terms that mean the same',
      },
      {
        file: 'glossary.yaml',
        field: 'entries[2] ("child protection").source',
        reason: expect.stringMatching(/string/),
      },
      {
        file: 'glossary.yaml',
        field: 'entries[3] ("caseloads").terms',
        reason: 'a term is listed twice',
      },
      {
        file: 'glossary.yaml',
        field: 'entries[4] ("emergency duty team")',
        reason: expect.stringMatching(/meaning/),
      },
    ]);
  });

  it('reports a file that is not YAML, and loads no entry', () => {
    const { entries, problems } = loadGlossary(
      'entries:\n  - terms: [LAC, children looked after\n',
    );
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'glossary.yaml', field: 'file' });
    expect(problems[0]?.reason).toMatch(/^not valid YAML \(/);
  });

  it('reports a file without an entries list', () => {
    expect(loadGlossary('- [LAC, children looked after]\n').problems).toEqual([
      { file: 'glossary.yaml', field: 'file', reason: expect.any(String) },
    ]);
    expect(loadGlossary('entries: LAC\n').problems[0]?.field).toBe('entries');
  });

  it('takes an empty file as an empty glossary', () => {
    expect(loadGlossary('')).toEqual({ entries: [], problems: [] });
  });

  it('refuses a term with nothing to search for, or as long as a definition', () => {
    const { problems } = loadGlossary(
      `entries:\n  - terms: [LAC, "--"]\n    source: x\n  - terms: [LAC, "${'a'.repeat(101)}"]\n    source: x\n`,
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'entries[0] ("LAC").terms[1]',
      'entries[1] ("LAC").terms[1]',
    ]);
  });
});
