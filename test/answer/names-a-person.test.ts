import { describe, expect, it } from 'vitest';
import {
  lowerCaseWordsOf,
  namesAPerson,
  personNamer,
  personNameSpans,
} from '../../src/answer/names-a-person.ts';
import { buildValidIndex } from '../fixtures/valid-knowledge.ts';

/** Words a report writes in lower case, so capitalised at a sentence start they are no names. */
const lowerCase = lowerCaseWordsOf([
  'the government appointed a commissioner; the overall effectiveness of services is good',
]);

describe('namesAPerson', () => {
  it('finds two capitalised words the documents never write in lower case', () => {
    expect(namesAPerson('Lead inspector: Marcie Taylor', lowerCase)).toBe(true);
    expect(namesAPerson('under Cabinet Member Peter McEntee-Smith', lowerCase)).toBe(true);
  });

  it('finds a title before one capitalised word', () => {
    expect(namesAPerson('as Cllr Pollard said', lowerCase)).toBe(true);
  });

  it('does not take capitalised ordinary words, one word or words across a full stop', () => {
    expect(namesAPerson('The Government has appointed a commissioner', lowerCase)).toBe(false);
    expect(namesAPerson('Overall Effectiveness: good', lowerCase)).toBe(false);
    expect(namesAPerson('Newman did not respond', lowerCase)).toBe(false);
    expect(namesAPerson('It was Taylor. Swift action followed', lowerCase)).toBe(false);
    // Words in capitals ending in a body's or a process's noun name it, not a person.
    expect(namesAPerson('directly to court via the Public Law Outline process', lowerCase)).toBe(
      false,
    );
    expect(namesAPerson('Councillor Jane Pollard', lowerCase)).toBe(true);
    expect(namesAPerson('Lead inspector: Mary Ann Young', lowerCase)).toBe(true);
    // A post's title is capitalised as a name is.
    expect(namesAPerson('The current Chief Executive of the trust', lowerCase)).toBe(false);
    expect(namesAPerson('the Interim Director said', lowerCase)).toBe(false);
    expect(namesAPerson('Chief Executive Jo Smith', lowerCase)).toBe(true);
    // A person's name takes no article: "the Next Venture Fund" is a budget.
    expect(namesAPerson('The Next Venture Fund is an annual budget', lowerCase)).toBe(false);
    expect(namesAPerson('the Chief Executive Jo Smith said', lowerCase)).toBe(true);
  });
});

describe('personNamer', () => {
  it('reads which words are ordinary from the council’s own documents', async () => {
    const index = await buildValidIndex();
    const names = personNamer(index);
    expect(names('The lead inspector was Jane Pollard.')).toBe(true);
    expect(names('Inspectors were on site.')).toBe(false);
  });
});

describe('personNameSpans', () => {
  it('gives where each name stands, title included', () => {
    const text =
      'The Government appointed a commissioner; a member of the Opposition - Cllr Maria Gatland.';
    const spans = personNameSpans(text, lowerCase);
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['Cllr Maria Gatland']);
  });

  it('gives nothing where no one is named', () => {
    expect(personNameSpans('The Government appointed a commissioner.', lowerCase)).toEqual([]);
  });
});
