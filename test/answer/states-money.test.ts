import { describe, expect, it } from 'vitest';
import { statesMoney } from '../../src/answer/states-money.ts';

describe('statesMoney', () => {
  it('finds a sum in pounds, however written', () => {
    expect(statesMoney('the council’s £185,000 per year chief executive')).toBe(true);
    expect(statesMoney('an overspend of £2.3m')).toBe(true);
    expect(statesMoney('an investment of 4 million pounds')).toBe(true);
    expect(statesMoney('a further 1.2 billion')).toBe(true);
  });

  it('does not take a budget named without a sum, or a count, for money', () => {
    expect(statesMoney('at least one-third of the SEND budget has been spent on lawyers')).toBe(
      false,
    );
    expect(statesMoney('There were 1834 looked after children, of whom 192 were UASC.')).toBe(
      false,
    );
  });
});
