import { describe, expect, it } from 'vitest';
import { judgementArea } from '../../src/answer/judgement-area.ts';

describe('judgementArea', () => {
  it('reads one area across frameworks and in people’s words', () => {
    expect(
      judgementArea('The experiences and progress of children who need help and protection'),
    ).toBe('Help and protection');
    expect(judgementArea('how was child protection judged')).toBe('Help and protection');
    expect(judgementArea('help n protection grade')).toBe('Help and protection');
    expect(judgementArea('Children looked after and achieving permanence')).toBe(
      'Children in care',
    );
    expect(judgementArea('The experiences and progress of care leavers')).toBe('Care leavers');
  });
});
