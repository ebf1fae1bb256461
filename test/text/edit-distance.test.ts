import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.ts';

describe('editDistance', () => {
  it.each([
    ['Polard', 'Pollard', 1],
    ['teh', 'the', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['ca', 'abc', 3],
  ])('distance(%j, %j) = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('counts a swap of two neighbouring letters as one edit, not two', () => {
    expect(editDistance('supervison', 'supervsion')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('is case-sensitive (callers fold first)', () => {
    expect(editDistance('Pollard', 'pollard')).toBe(1);
  });

  it('is zero from a string to itself', () => {
    fc.assert(fc.property(fc.string(), (a) => editDistance(a, a) === 0));
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => editDistance(a, b) === editDistance(b, a)),
    );
  });

  it('is at most the longer length and at least the difference in length', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const distance = editDistance(a, b);
        return (
          distance <= Math.max(a.length, b.length) && distance >= Math.abs(a.length - b.length)
        );
      }),
    );
  });

  it('is one after a single insertion', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (a, at, c) => {
          const i = at % (a.length + 1);
          return editDistance(a, `${a.slice(0, i)}${c}${a.slice(i)}`) === 1;
        },
      ),
    );
  });
});
