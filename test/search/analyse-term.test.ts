import { describe, expect, it } from 'vitest';
import { analyseTerm } from '../../src/search/analyse-term.ts';

describe('analyseTerm', () => {
  it.each(['the', 'about', 'what', 'say', "didn't"])('drops the stop word %j', (word) => {
    expect(analyseTerm(word)).toBeNull();
  });

  it('drops a single letter', () => {
    expect(analyseTerm('x')).toBeNull();
  });

  it('stores a word as its stem and itself', () => {
    expect(analyseTerm('supervision')).toEqual(['supervis', 'supervision']);
  });

  it('stores a word that is its own stem once', () => {
    expect(analyseTerm('care')).toEqual(['care']);
  });

  it('lets "supervised" and "supervision" meet at one stem', () => {
    expect(analyseTerm('supervised')?.[0]).toBe(analyseTerm('supervision')?.[0]);
  });

  it('keeps numbers, even single digits, as they are', () => {
    expect(analyseTerm('2017')).toEqual(['2017']);
    expect(analyseTerm('7')).toEqual(['7']);
  });

  it('removes apostrophes inside a content word', () => {
    expect(analyseTerm("o'clock")).toEqual(['oclock']);
  });

  it('gives the same terms every time, shared and so not to be changed', () => {
    const first = analyseTerm('inspections');
    expect(analyseTerm('inspections')).toBe(first);
    expect(first).toEqual(['inspect', 'inspections']);
    expect(() => first?.push('extra')).toThrow(TypeError);
  });
});
