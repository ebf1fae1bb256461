import { beforeAll, describe, expect, it } from 'vitest';
import { countedWord } from '../../src/answer/counted-word.ts';
import type { KnowledgeIndex } from '../../src/search/knowledge-index.ts';
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

  it('takes the head word of a synonym of it', () => {
    // The fixture glossary makes "caseloads" and "workloads" one thing.
    expect(countedWord(index, 'caseloads')('workloads')).toBe(true);
  });

  it('takes any word when the question does not say what it counts', () => {
    expect(countedWord(index, undefined)('anything')).toBe(true);
  });
});
