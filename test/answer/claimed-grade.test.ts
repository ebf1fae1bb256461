import { describe, expect, it } from 'vitest';
import { claimedGrade } from '../../src/answer/claimed-grade.ts';
import { analyseQuestion } from '../../src/question/analyse-question.ts';

const read = (claim: string) => claimedGrade(claim, analyseQuestion(claim), 'Croydon');

describe('the grade a claim states', () => {
  it('reads a grade of the whole service, of every judgement, or of one area', () => {
    expect(read('Croydon was inadequate in 2017')).toEqual({
      family: 'inadequate',
      negated: false,
      breadth: { kind: 'overall' },
    });
    expect(read('Croydon was inadequate across the board in 2017')?.breadth).toEqual({
      kind: 'all',
    });
    expect(read('care leavers were failed')?.breadth).toEqual({
      kind: 'area',
      area: 'Care leavers',
    });
  });

  it('reads "failing" as inadequate and a denial as negated', () => {
    expect(read('the service is still failing')?.family).toBe('inadequate');
    expect(read('Croydon is no longer failing')?.negated).toBe(true);
    expect(read("children's services aren't good")).toMatchObject({
      family: 'good',
      negated: true,
    });
  });

  it('does not read "requires improvement to be good" as good', () => {
    expect(read('Croydon requires improvement')?.family).toBe('requires improvement');
  });

  it('leaves a grade word said of a topic to the findings, and a claim with no grade alone', () => {
    expect(read('supervision was good in 2020')).toBeUndefined();
    expect(read('social workers were not supervised in 2017')).toBeUndefined();
  });
});
