import { describe, expect, it } from 'vitest';
import { buildCouncilDirectory } from '../../src/knowledge/councils/council-directory.ts';
import { misspeltCouncilNames } from '../../src/question/misspelt-council-names.ts';

const directory = buildCouncilDirectory([
  { id: 'lambeth', name: 'Lambeth' },
  { id: 'leeds', name: 'Leeds' },
  { id: 'kingston-upon-hull', name: 'Kingston upon Hull' },
]);
const names = (text: string) => misspeltCouncilNames(text, directory).map((c) => c.name);

describe('misspeltCouncilNames', () => {
  it('finds a council one slip from a word of the question', () => {
    expect(names('lambth ofsted rating')).toEqual(['Lambeth']);
    expect(names('What did Ofsted say about Lambteh?')).toEqual(['Lambeth']);
  });

  it('leaves out words that are a council’s name as written', () => {
    expect(names('how is Lambeth doing')).toEqual([]);
    expect(names('children in Hull')).toEqual([]);
  });

  it('leaves out short words, which are one letter from many names by chance', () => {
    expect(names('hall bury')).toEqual([]);
  });

  it('names each council once', () => {
    expect(names('lambth or lambeht')).toEqual(['Lambeth']);
  });
});
