import { beforeAll, describe, expect, it } from 'vitest';
import { partitionByCouncil } from '../../../src/knowledge/councils/partition-by-council.ts';
import type { FactsFile } from '../../../src/knowledge/facts-schema.ts';
import type { KnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import type { KnowledgeDocument } from '../../../src/knowledge/knowledge-document.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge-base.ts';
import { fixturePath } from '../../fixtures/fixture-path.ts';

/** A document with just what partitioning reads: its id and the council it names, if any. */
const document = (id: string, council?: string) =>
  ({
    meta: { id, ...(council ? { council: { id: council, name: council.toUpperCase() } } : {}) },
  }) as KnowledgeDocument;

const source = (doc: string) => ({ doc, quote: `quoted from ${doc}` });

let real: KnowledgeBase;
beforeAll(async () => {
  real = (await loadKnowledgeBase(fixturePath('knowledge', 'valid'))).knowledgeBase;
});

/** The valid fixture's knowledge base, over two councils' documents and a general one. */
function knowledge(facts: Partial<FactsFile>): KnowledgeBase {
  const documents = [document('a-report', 'a'), document('b-report', 'b'), document('guide')];
  return {
    ...real,
    documents,
    documentsById: new Map(documents.map((item) => [item.meta.id, item])),
    passages: [],
    passagesById: new Map(),
    facts: { ...real.facts, inspections: [], timeline: [], people: [], consequences: [], ...facts },
  };
}

describe('partitionByCouncil', () => {
  it('gives each council the facts citing its documents, in order, and none citing only general ones', () => {
    const timeline = [
      { date: '2017', precision: 'day' as const, event: 'a first', source: source('a-report') },
      { date: '2018', precision: 'day' as const, event: 'b only', source: source('b-report') },
      { date: '2019', precision: 'day' as const, event: 'general', source: source('guide') },
      { date: '2020', precision: 'day' as const, event: 'a second', source: source('a-report') },
    ];
    const parts = partitionByCouncil(knowledge({ timeline }));
    const events = (id: string) =>
      parts
        .find((part) => part.council.id === id)
        ?.knowledgeBase.facts.timeline.map((event) => event.event);
    expect(events('a')).toEqual(['a first', 'a second']);
    expect(events('b')).toEqual(['b only']);
  });

  it('gives a person whose roles cite two councils to both, once each', () => {
    const people = [
      {
        name: 'Jane Pollard',
        aliases: [],
        said_or_did: [],
        roles: [
          { role: 'Inspector', organisation: 'Ofsted', source: source('a-report') },
          { role: 'Inspector again', organisation: 'Ofsted', source: source('a-report') },
          { role: 'Lead', organisation: 'Ofsted', source: source('b-report') },
        ],
      },
    ];
    const parts = partitionByCouncil(knowledge({ people }));
    for (const part of parts) {
      expect(part.knowledgeBase.facts.people.map((person) => person.name)).toEqual([
        'Jane Pollard',
      ]);
    }
  });

  it('makes just the councils asked for, each the same as in the whole split', () => {
    const timeline = [
      { date: '2017', precision: 'day' as const, event: 'a', source: source('a-report') },
      { date: '2018', precision: 'day' as const, event: 'b', source: source('b-report') },
    ];
    const base = knowledge({ timeline });
    const only = partitionByCouncil(base, ['b']);
    expect(only.map((part) => part.council.id)).toEqual(['b']);
    expect(only[0]).toEqual(partitionByCouncil(base).find((part) => part.council.id === 'b'));
    expect(only[0]?.knowledgeBase.documents.map((item) => item.meta.id)).toEqual([
      'b-report',
      'guide',
    ]);
    expect(partitionByCouncil(base, ['nowhere'])).toEqual([]);
  });
});
