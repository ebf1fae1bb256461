import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type FactsFile, factsFileSchema } from '../../../src/knowledge/facts-schema.ts';
import {
  type KnowledgeLoad,
  loadKnowledgeBase,
} from '../../../src/knowledge/load-knowledge-base.ts';

let load: KnowledgeLoad;
let curated: FactsFile;
beforeAll(async () => {
  load = await loadKnowledgeBase('knowledge');
  curated = factsFileSchema.parse(parseYaml(await readFile('knowledge/facts.yaml', 'utf8')));
});

const byId = (id: string) => load.knowledgeBase.facts.inspections.find((i) => i.id === id);

describe('the bundled knowledge with facts read from its reports', () => {
  it('loads with no problem and no extraction warning', () => {
    expect(load.problems).toEqual([]);
    expect(load.warnings).toEqual([]);
  });

  it('keeps the curated inspections, and adds none, since facts.yaml names every report', () => {
    expect(load.knowledgeBase.facts.inspections.map((i) => i.id)).toEqual(
      curated.inspections.map((i) => i.id),
    );
  });

  it('keeps the 2012 inspection, whose report is not loaded, exactly as curated', () => {
    expect(byId('inspection-2012')).toEqual(curated.inspections[0]);
  });

  it('gives the 2017 inspection the report’s framework, council and improvements', () => {
    const inspection = byId('inspection-2017');
    expect(inspection).toMatchObject({
      name: '2017 (SIF)',
      framework_code: 'sif-lscb',
      derived_from: 'report',
      council: { id: 'croydon' },
      published: { date: '2017-09-04' },
    });
    expect(inspection?.improvements.length).toBeGreaterThan(0);
    expect(inspection?.caution).toContain('across the board');
  });

  it('marks a publication date the report does not print as the listing’s', () => {
    expect(byId('inspection-2020')?.published).toBeUndefined();
    expect(byId('inspection-2020')?.published_listing).toBe('2020-03-16');
  });
});
