import { describe, expect, it } from 'vitest';
import {
  judgementKeyOf,
  judgementName,
} from '../../../src/knowledge/report-facts/judgement-names.ts';

describe('judgementKeyOf', () => {
  it.each([
    ['Overall effectiveness', 'overall'],
    ['The impact of leaders on social work practice with children and families', 'leaders'],
    ['Children who need help and protection', 'help'],
    ['The experiences and progress of children in care and care leavers are', 'care-and-leavers'],
    ['The experiences and progress of children in care', 'care'],
    ['Experiences and progress of care leavers', 'leavers'],
    ['the experience and progress of care leavers', 'leavers'],
    ['Children looked after and achieving permanence', 'looked-after'],
    ['adoption performance', 'adoption'],
    ['Leadership, management and governance', 'leadership'],
  ])('recognises “%s”', (printed, key) => {
    expect(judgementKeyOf(printed)).toBe(key);
  });

  it.each([
    'Overall effectiveness of the board was weak',
    'Care leavers said',
    'Executive summary',
  ])('names no judgement in “%s”', (printed) => {
    expect(judgementKeyOf(printed)).toBeUndefined();
  });
});

describe('judgementName', () => {
  it('gives the full name the frameworks print', () => {
    expect(judgementName('leavers')).toBe('The experiences and progress of care leavers');
  });
});
