import { describe, expect, it } from 'vitest';
import { asksForMoney } from '../../src/question/asks-for-money.ts';

describe('asksForMoney', () => {
  it('reads the words that ask for a sum', () => {
    expect(asksForMoney('how much money does the council spend on children’s social care?')).toBe(
      true,
    );
    expect(asksForMoney('children’s services overspend this year, how many million?')).toBe(true);
    expect(asksForMoney('what was the budget for early help in £')).toBe(true);
  });

  it('leaves counts and shares alone', () => {
    expect(asksForMoney('how many children were in care in 2024?')).toBe(false);
    expect(asksForMoney('what percentage of care leavers were in work?')).toBe(false);
  });
});
