import { describe, expect, it } from 'vitest';
import { statesActionTaken } from '../../src/answer/states-action-taken.ts';

describe('statesActionTaken', () => {
  it('takes a sentence telling of action taken in response to what was found', () => {
    expect(statesActionTaken('The local authority acted swiftly during the inspection.')).toBe(
      true,
    );
    expect(
      statesActionTaken(
        'As a result of inspection findings, senior managers reviewed all children.',
      ),
    ).toBe(true);
    expect(statesActionTaken('An improvement board has been set up.')).toBe(true);
    expect(statesActionTaken('Leaders took immediate action to protect the children.')).toBe(true);
    expect(
      statesActionTaken('The authority has taken steps to remedy this by recruiting 26 workers.'),
    ).toBe(true);
  });

  it('turns away a finding, a need still to meet and action not taken', () => {
    expect(statesActionTaken('Private fostering arrangements are not sufficiently robust.')).toBe(
      false,
    );
    expect(statesActionTaken('Plans are not updated in response to escalating need.')).toBe(false);
    expect(statesActionTaken('The council had not acted quickly enough.')).toBe(false);
    expect(statesActionTaken('Their wishes are acted on by social workers.')).toBe(false);
    for (const still of [
      'Leaders were too slow to take action.',
      'Leaders need to take urgent action.',
      'Managers should take action sooner.',
      'Plans have not yet been put in place.',
      'There was no immediate action.',
      'Managers failed to take action.',
      'Leaders need to take steps to address this.',
      'The local authority will take steps to remedy this.',
      'Managers have been slow to address this.',
    ]) {
      expect(statesActionTaken(still)).toBe(false);
    }
  });

  it('judges each sentence on its own', () => {
    expect(
      statesActionTaken('Plans are not robust. The council has set up an improvement board.'),
    ).toBe(true);
  });
});
