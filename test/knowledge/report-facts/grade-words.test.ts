import { describe, expect, it } from 'vitest';
import { gradesAgree, gradeWords } from '../../../src/knowledge/report-facts/grade-words.ts';

describe('gradeWords', () => {
  it.each([
    ['requires improvement to be good.', 'Requires improvement to be good'],
    ['require improvement to be good', 'Requires improvement to be good'],
    ['Requires Improvement', 'Requires improvement'],
    [' is outstanding', 'Outstanding'],
    ['Good', 'Good'],
    ['adequate', 'Adequate'],
    ['Inadequate', 'Inadequate'],
  ])('reads “%s” as “%s”', (printed, grade) => {
    expect(gradeWords(printed)).toBe(grade);
  });

  it.each(['good practice', 'not yet good', 'requires', ''])('refuses “%s”', (printed) => {
    expect(gradeWords(printed)).toBeUndefined();
  });
});

describe('gradesAgree', () => {
  it('agrees when one grade is the other cut short', () => {
    expect(gradesAgree('Requires improvement', 'Requires improvement to be good')).toBe(true);
  });

  it('disagrees on different grades', () => {
    expect(gradesAgree('Good', 'Outstanding')).toBe(false);
  });
});
