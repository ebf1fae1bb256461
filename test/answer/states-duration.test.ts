import { describe, expect, it } from 'vitest';
import { statesADuration } from '../../src/answer/states-duration.ts';

describe('statesADuration', () => {
  it('takes a number of hours, days, weeks, months or years', () => {
    expect(statesADuration('there is still a waiting time of around three months')).toBe(true);
    expect(statesADuration('since its original inspection 18 months ago')).toBe(true);
    expect(statesADuration('Strategy meetings are held within 24 hours.')).toBe(true);
  });

  it('takes a start it has run from, and a span of dates', () => {
    expect(statesADuration('The DCS has been in post since July 2016.')).toBe(true);
    expect(statesADuration('Inspection dates: 14 to 25 October 2024')).toBe(true);
    expect(statesADuration('Inspection date: 20 June – 13 July 2017')).toBe(true);
  });

  it('turns away a length in words only, and a lone date', () => {
    expect(statesADuration('Some children are left in unsuitable situations for too long.')).toBe(
      false,
    );
    expect(statesADuration('The report was published on 4 September 2017.')).toBe(false);
    expect(statesADuration('The local authority has a long and improving record.')).toBe(false);
    // An age is no length of time.
    expect(statesADuration('Children who are 16 and 17 years old receive a timely service.')).toBe(
      false,
    );
    expect(statesADuration('Homeless 16 and 17 year olds are not always offered care.')).toBe(
      false,
    );
    expect(statesADuration('They waited 17 years for it.')).toBe(true);
  });
});
