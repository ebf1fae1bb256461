import { describe, expect, it } from 'vitest';
import { buildCouncilDirectory } from '../../src/knowledge/councils/council-directory.ts';
import { findCouncilMentions } from '../../src/question/find-council-mentions.ts';

const directory = buildCouncilDirectory(
  [
    'Croydon',
    'Kingston upon Hull',
    'Lambeth',
    'Reading',
    'Bury',
    'Bromley',
    'Isles of Scilly',
    'Barking and Dagenham',
    'Tower Hamlets',
  ].map((name) => ({
    id: name.toLowerCase().replace(/ /g, '-'),
    name,
  })),
);
const named = (text: string) =>
  findCouncilMentions(text, directory).map((mention) => mention.council.name);

describe('findCouncilMentions', () => {
  it('finds a council named anywhere in a question, however it is written', () => {
    expect(named("How did Ofsted rate Lambeth's children's services?")).toEqual(['Lambeth']);
    expect(named('what did inspectors say about hull')).toEqual(['Kingston upon Hull']);
  });

  it('reads the longest name once, not its parts again', () => {
    expect(named('Is Kingston upon Hull improving?')).toEqual(['Kingston upon Hull']);
  });

  it('gives where each name stands in the text, however it is spaced', () => {
    const text = 'Is  Kingston upon\nHull better than Lambeth?';
    expect(
      findCouncilMentions(text, directory).map(({ span }) => text.slice(span[0], span[1])),
    ).toEqual(['Kingston upon\nHull', 'Lambeth?']);
  });

  it('reads two capitals as a council’s initials only in capitals, and never an English word', () => {
    expect(named('how long did it take TH to turn it round')).toEqual(['Tower Hamlets']);
    expect(named('how long did it take th to turn it round')).toEqual([]);
    expect(named('HOW DID TH DO')).toEqual([]);
    // "IS" is Isles of Scilly's initials, and a word.
    expect(named('IS it any good')).toEqual([]);
  });

  it('reads a possessive typed without its apostrophe, and a plural word as the word', () => {
    expect(named('bromleys front door')).toEqual(['Bromley']);
    expect(named('how many go to readings children in care council')).toEqual(['Reading']);
    expect(named('the readings of the report')).toEqual([]);
    expect(named('tower hamlets kids')).toEqual(['Tower Hamlets']);
    // A short form is its own place: "yorks" is Yorkshire, not York.
    const withYork = buildCouncilDirectory(
      [{ id: 'york', name: 'York' }],
      new Map([['yorks', 'yorkshire']]),
    );
    expect(findCouncilMentions('yorks kids in care', withYork)).toEqual([]);
  });

  it('finds two councils in a comparison, in the order named', () => {
    expect(named('Is Bromley better than Croydon?')).toEqual(['Bromley', 'Croydon']);
    expect(named("Bromley's supervision vs Kingston upon Hull's")).toEqual([
      'Bromley',
      'Kingston upon Hull',
    ]);
  });

  it('takes a lower-case one-word name for a word when the question is written in sentence case', () => {
    expect(named('I was reading the 2017 report on Croydon')).toEqual(['Croydon']);
    expect(named('Did they bury the findings?')).toEqual([]);
    expect(named('What did Ofsted say about bury council?')).toEqual(['Bury']);
    expect(named('Do children in care get help with reading?')).toEqual([]);
  });

  it('takes a lower-case name that is no English word for the council, in any question', () => {
    expect(named("How have bromley's leaders changed since 2016?")).toEqual(['Bromley']);
    expect(named('What did Ofsted say about croydon in 2024?')).toEqual(['Croydon']);
  });

  it('reads a lower-case question with an acronym in it as lower case', () => {
    expect(named('how did lambeth do in its last ILACS inspection')).toEqual(['Lambeth']);
    expect(named('did bury put young people in B&Bs?')).toEqual(['Bury']);
  });

  it('takes no two-letter initialism for a council ("is" is not the Isles of Scilly)', () => {
    expect(named('what is croydon good at')).toEqual(['Croydon']);
    expect(named('how bad was croydon in 2017')).toEqual(['Croydon']);
  });

  it('names nothing in a question about no council', () => {
    expect(named('were social workers supervised?')).toEqual([]);
  });
});
