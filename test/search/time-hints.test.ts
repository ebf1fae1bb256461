import { describe, expect, it } from 'vitest';
import { extractTimeHints, resolveYearsBefore } from '../../src/search/time-hints.ts';

describe('extractTimeHints', () => {
  it('takes years out of the text and keeps them as hints', () => {
    expect(extractTimeHints('supervision in 2017 and 2020')).toEqual({
      years: [2017, 2020],
      latest: false,
      present: false,
      text: 'supervision in and',
    });
  });

  it('reads "current", "latest" and "now" as the latest inspection', () => {
    const hints = extractTimeHints("What is Croydon's current rating?");
    expect(hints.latest).toBe(true);
    expect(hints.text).not.toMatch(/current/);
  });

  it('reads a present-tense question as being about now, a past-tense one not', () => {
    expect(extractTimeHints('How well does the front door work?').present).toBe(true);
    expect(extractTimeHints('Is there a wait for early help?').present).toBe(true);
    expect(extractTimeHints('How good is adoption?').present).toBe(true);
    expect(extractTimeHints('Did social workers get supervision?').present).toBe(false);
  });

  it('ignores numbers that are not years', () => {
    expect(extractTimeHints('53 cases and 1,789 children').years).toEqual([]);
  });
});

describe('resolveYearsBefore', () => {
  const inspections = [2012, 2017, 2020, 2024];

  it('turns "before 2017" into the last inspection year before it', () => {
    expect(resolveYearsBefore('rated at the inspection before 2017?', inspections)).toBe(
      'rated at the inspection 2012?',
    );
    expect(resolveYearsBefore('prior to the 2020 visit', inspections)).toBe('2017 visit');
  });

  it('leaves the text alone when no inspection came earlier', () => {
    expect(resolveYearsBefore('before 2012', inspections)).toBe('before 2012');
  });

  it('leaves other years alone', () => {
    expect(resolveYearsBefore('after 2017', inspections)).toBe('after 2017');
  });
});
