import { describe, expect, it } from 'vitest';
import { holdsAskedType } from '../../src/answer/holds-asked-type.ts';
import { analyseQuestion } from '../../src/question/analyse-question.ts';

/** A stand-in for the documents' name reader: a name is "Jane Pollard" here. */
const names = (text: string) => text.includes('Jane Pollard');

describe('holdsAskedType', () => {
  it('wants a quantity for "how many"', () => {
    const query = analyseQuestion('how many children were in care in 2024?');
    expect(holdsAskedType(query, 'There were 760 children in care.', names)).toBe(true);
    expect(
      holdsAskedType(query, 'Since 2020, services for children in care improved.', names),
    ).toBe(false);
  });

  it('wants a sum of money when the question asks for one', () => {
    const query = analyseQuestion('how much money does the council spend on children in care?');
    expect(holdsAskedType(query, 'The placements budget is £12 million.', names)).toBe(true);
    expect(holdsAskedType(query, 'There were 760 children in care.', names)).toBe(false);
  });

  it('wants a name when the question asks for one', () => {
    const query = analyseQuestion('what was the name of the director?');
    expect(holdsAskedType(query, 'The director, Jane Pollard, started in 2018.', names)).toBe(true);
    expect(holdsAskedType(query, 'The director was appointed in 2018.', names)).toBe(false);
  });

  it('wants a year before or after the one a date question is relative to', () => {
    const before = analyseQuestion(
      "what year was derby's previous inspection, the one before 2025?",
    );
    expect(holdsAskedType(before, 'Inspection dates: 19 to 23 May 2025', names)).toBe(false);
    expect(holdsAskedType(before, 'It was last inspected in March 2022.', names)).toBe(true);
    const after = analyseQuestion('when was the inspection after 2017?');
    expect(holdsAskedType(after, 'Inspection dates: 3 to 14 May 2017', names)).toBe(false);
    expect(holdsAskedType(after, 'Inspection dates: 3 to 14 May 2020', names)).toBe(true);
  });

  it('accepts any text for a question that asks for neither', () => {
    const query = analyseQuestion('who decides what happens after a referral?');
    expect(holdsAskedType(query, 'The duty team decides within a day.', names)).toBe(true);
  });
});
