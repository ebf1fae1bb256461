import { describe, expect, it } from 'vitest';
import { statesAQuantity } from '../../src/answer/states-quantity.ts';

describe('statesAQuantity', () => {
  it('finds a count or a share, in figures or in words', () => {
    expect(statesAQuantity('working with a high number of care leavers (705)')).toBe(true);
    expect(statesAQuantity('The large majority (78%) of care leavers are in education')).toBe(true);
    expect(statesAQuantity('The team consisted of eight of Her Majesty’s Inspectors')).toBe(true);
    expect(statesAQuantity('Almost a third of referrals were repeat referrals')).toBe(true);
    expect(statesAQuantity('A total of 1,834 children were looked after')).toBe(true);
  });

  it('does not take a year, a date, an age, an ordinal or a time for a count', () => {
    expect(statesAQuantity('Since the last inspection in 2017, services have improved')).toBe(
      false,
    );
    expect(statesAQuantity('Report published: 4 September 2017')).toBe(false);
    expect(statesAQuantity('Inspection dates: 14 to 25 October 2024')).toBe(false);
    expect(statesAQuantity('the 2025/26 budget and the 2008-14 term')).toBe(false);
    expect(statesAQuantity('care leavers beyond the age of 18 years')).toBe(false);
    expect(statesAQuantity('homeless 16- and 17-year-olds, aged 16 to 17')).toBe(false);
    expect(statesAQuantity('plans begin before their 16th birthday')).toBe(false);
    expect(statesAQuantity('the 16+ team supports care leavers aged over 21 years')).toBe(false);
    expect(statesAQuantity('the visit took place on 19 and 20 February')).toBe(false);
    expect(statesAQuantity('as paragraph 12 says, the duty team works until 5pm')).toBe(false);
    expect(statesAQuantity('children in care in the early years and key stage 1')).toBe(false);
    expect(statesAQuantity('contingency planning in child protection plans. (Outcome 1)')).toBe(
      false,
    );
    expect(statesAQuantity('councils have continued through the COVID-19 pandemic')).toBe(false);
    expect(statesAQuantity('the regional adoption agency (Together4children)')).toBe(false);
    expect(statesAQuantity('parents who have had one or more children removed')).toBe(false);
    expect(statesAQuantity('no one checked the one-to-one support')).toBe(false);
    expect(statesAQuantity('it is not seen as a ‘one off’ piece of work')).toBe(false);
  });

  it('finds a multiple written out', () => {
    expect(
      statesAQuantity('The number of beds is more than double the number at the last inspection.'),
    ).toBe(true);
    expect(statesAQuantity('Referrals have halved since 2019.')).toBe(true);
  });

  it('counts a share even when it looks like a year', () => {
    expect(statesAQuantity('rose to 20%')).toBe(true);
  });

  it('finds none in text with no number at all', () => {
    expect(statesAQuantity('Most children live in stable placements')).toBe(false);
  });
});
