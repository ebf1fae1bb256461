import { describe, expect, it } from 'vitest';
import { namesCountedKind } from '../../src/answer/names-counted-kind.ts';
import type { KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { synonymTable } from '../../src/search/synonym-table.ts';

/** A council's documents in a few sentences, with two glossary entries. */
const texts = [
  'Agency social workers cover vacant posts in Exampleshire.',
  'There are 400 children in care and 20 mainstream foster carers.',
  'Children’s homes are run by the council.',
];
const synonyms = synonymTable([
  {
    terms: ['looked after children', 'children looked after', 'children in care'],
    topicTerms: ['looked after children', 'children looked after', 'children in care'],
  },
  { terms: ['social workers', 'SWs'], topicTerms: ['social workers', 'SWs'] },
  { terms: ['foster carers', 'fostering'], topicTerms: ['foster carers', 'fostering'] },
  { terms: ['children', 'kids'], topicTerms: [] },
]);
// Only what the check reads of an index: its synonyms, its passages' words, its council's name.
const index = {
  synonyms,
  passages: buildSearchIndex(
    texts.map((text, i) => ({ id: `p${i}`, title: '', headings: '', text })),
    synonyms,
  ),
  knowledgeBase: {
    documents: [{ meta: { council: { id: 'exampleshire', name: 'Exampleshire' } } }],
  },
} as unknown as KnowledgeIndex;

describe('namesCountedKind', () => {
  it('needs the word that names the kind, not the head alone', () => {
    const namesKind = namesCountedKind(index, 'agency social workers');
    expect(namesKind('Twelve agency social workers cover vacant posts.')).toBe(true);
    expect(namesKind('The council employs 120 social workers.')).toBe(false);
  });

  it('needs a phrasing of a sector term of several words, written out', () => {
    const namesKind = namesCountedKind(index, 'looked after children');
    expect(namesKind('There are 400 children in care.')).toBe(true);
    expect(namesKind('One child lives in a children’s home and is well cared for.')).toBe(false);
  });

  it('takes a synonym of the word before the head', () => {
    expect(namesCountedKind(index, 'kids homes')('There are 3 children’s homes.')).toBe(true);
  });

  it('needs no phrasing word, framing word, council name or word the documents never use', () => {
    const excerpt = 'There are 20 mainstream foster carers.';
    expect(namesCountedKind(index, 'new mainstream foster carers')(excerpt)).toBe(true);
    expect(namesCountedKind(index, 'current foster carers')(excerpt)).toBe(true);
    expect(namesCountedKind(index, 'exampleshire foster carers')(excerpt)).toBe(true);
    expect(namesCountedKind(index, 'banes foster carers')(excerpt)).toBe(true);
  });

  it('passes any excerpt when the head stands alone', () => {
    expect(namesCountedKind(index, 'carers')('There are 30 of them.')).toBe(true);
    expect(namesCountedKind(index, undefined)('There are 30 of them.')).toBe(true);
  });
});
