import { beforeAll, describe, expect, it } from 'vitest';
import { countedWord, namesCountedKind } from '../../src/answer/counted-word.ts';
import type { KnowledgeIndex } from '../../src/search/knowledge-index.ts';
import { synonymTable } from '../../src/search/synonym-table.ts';
import { buildValidIndex } from '../fixtures/valid-knowledge.ts';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await buildValidIndex();
});

describe('countedWord', () => {
  it('takes the head word of what is counted, in any inflection', () => {
    const isCounted = countedWord(index, 'foster carers');
    expect(isCounted('carers')).toBe(true);
    expect(isCounted('carer')).toBe(true);
    expect(isCounted('foster')).toBe(false);
  });

  it('takes the last plural as the head when the phrase runs on into a verb', () => {
    const isCounted = countedWord(index, 'carers ended up');
    expect(isCounted('carers')).toBe(true);
    expect(isCounted('up')).toBe(false);
    // A plural before the head is a modifier: "children's social workers" counts workers.
    expect(countedWord(index, "children's social workers")('children')).toBe(false);
  });

  it('takes an abbreviation’s plural for the abbreviation', () => {
    // Only the synonyms matter here: a fake index with one glossary entry.
    const withDcs = {
      synonyms: synonymTable([
        {
          terms: ['director of children’s services', 'DCS'],
          topicTerms: ['director of children’s services', 'DCS'],
        },
      ]),
    } as unknown as KnowledgeIndex;
    expect(countedWord(withDcs, 'dcss')('services')).toBe(true);
  });

  it('takes the head word of a synonym of it', () => {
    // The fixture glossary makes "caseloads" and "workloads" one thing.
    expect(countedWord(index, 'caseloads')('workloads')).toBe(true);
  });

  it('takes any word when the question does not say what it counts', () => {
    expect(countedWord(index, undefined)('anything')).toBe(true);
  });
});

describe('namesCountedKind', () => {
  it('needs the words before the head, not the head alone', () => {
    const namesKind = namesCountedKind(index, 'agency social workers');
    expect(namesKind('Twelve agency social workers cover vacant posts.')).toBe(true);
    expect(namesKind('The council employs 120 social workers.')).toBe(false);
    // One word before the others is enough: "new" need not be written.
    expect(
      namesCountedKind(
        index,
        'new mainstream foster carers',
      )('It has 20 mainstream foster carers.'),
    ).toBe(true);
  });

  it('takes a synonym of the whole phrase only as written, its words together', () => {
    const namesKind = namesCountedKind(index, 'looked after children');
    expect(namesKind('There are 400 children in care.')).toBe(true);
    expect(namesKind('One child lives in a children’s home and is well cared for.')).toBe(false);
  });

  it('takes no council’s name for a kind', () => {
    // The fixture documents are about Exampleshire.
    expect(namesCountedKind(index, 'exampleshire carers')('There are 30 carers.')).toBe(true);
  });

  it('passes any excerpt when the head stands alone', () => {
    expect(namesCountedKind(index, 'carers')('There are 30 of them.')).toBe(true);
    expect(namesCountedKind(index, undefined)('There are 30 of them.')).toBe(true);
  });
});
