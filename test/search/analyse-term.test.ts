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
});
