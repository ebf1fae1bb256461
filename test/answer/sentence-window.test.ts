import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestSentenceWindow,
  findMatchedWords,
  maxExcerptChars,
} from '../../src/answer/sentence-window.ts';

const supervision = new Set(['supervis', 'supervision']);
const excerptOf = (text: string, window: { start: number; end: number }) =>
  text.slice(window.start, window.end);

describe('findMatchedWords', () => {
  it('finds every word whose stored terms matched, by offset', () => {
    const text = 'Supervision is rare; supervised staff said supervisors were absent.';
    const found = findMatchedWords(text, supervision).map(({ start, end }) =>
      text.slice(start, end),
    );
    expect(found).toEqual(['Supervision', 'supervised']);
  });

  it('finds nothing when no term matched', () => {
    expect(findMatchedWords('Caseloads are high.', supervision)).toEqual([]);
  });
});

describe('bestSentenceWindow', () => {
  const text = 'Intro sentence here. Supervision is rare. Closing words follow.';

  it('quotes a favoured sentence, whatever words it shares, with its matching neighbour', () => {
    const text = [
      'Supervision is rare and records are thin.',
      'Caseloads are high in every team.',
      'Morale is low across the service overall.',
      'As a result, managers reviewed every case file.',
    ].join(' ');
    const window = bestSentenceWindow(
      text,
      supervision,
      100,
      () => 1,
      (sentence) => sentence.startsWith('As a result'),
    );
    expect(excerptOf(text, window)).toContain('As a result, managers reviewed every case file.');
    expect(excerptOf(text, bestSentenceWindow(text, supervision, 100))).not.toContain(
      'As a result',
    );
  });

  it('picks the sentence with the matched term', () => {
    const window = bestSentenceWindow(text, supervision, 30);
    expect(excerptOf(text, window)).toBe('Supervision is rare.');
    expect(window.truncatedBefore).toBe(false);
    expect(window.truncatedAfter).toBe(false);
  });

  it('adds whole neighbouring sentences as context while the quote is short', () => {
    expect(excerptOf(text, bestSentenceWindow(text, supervision))).toBe(text);
  });

  it('prefers the sentence with more distinct matched terms', () => {
    const terms = new Set(['supervis', 'supervision', 'caseload', 'caseloads']);
    const two = 'Supervision happens. Supervision and caseloads are recorded.';
    expect(excerptOf(two, bestSentenceWindow(two, terms, 45))).toBe(
      'Supervision and caseloads are recorded.',
    );
  });

  it('counts forms of one term once ("Supervision is supervised" is one term)', () => {
    const two = 'Supervision is supervised daily. Supervision happens.';
    expect(excerptOf(two, bestSentenceWindow(two, supervision, 33))).toBe(
      'Supervision is supervised daily.',
    );
  });

  it('prefers the sentence with the more informative term when terms are weighted', () => {
    const terms = new Set(['social', 'worker', 'workers', 'supervis', 'supervision']);
    const text = 'Social workers are busy. Supervision is ineffective.';
    const weight = (term: string) => (term === 'supervis' ? 10 : 1);
    expect(excerptOf(text, bestSentenceWindow(text, terms, 30, weight))).toBe(
      'Supervision is ineffective.',
    );
    expect(excerptOf(text, bestSentenceWindow(text, terms, 30))).toBe('Social workers are busy.');
  });

  it('never exceeds maxExcerptChars and stays a verbatim run of whole sentences', () => {
    const sentence = (i: number) =>
      `Sentence ${i} talks about caseloads and nothing else at all here.`;
    const long = [
      ...Array.from({ length: 10 }, (_, i) => sentence(i)),
      'Supervision is rare.',
    ].join(' ');
    const window = bestSentenceWindow(long, supervision);
    const excerpt = excerptOf(long, window);
    expect(excerpt.length).toBeLessThanOrEqual(maxExcerptChars);
    expect(excerpt.endsWith('Supervision is rare.')).toBe(true);
    expect(excerpt.startsWith('Sentence ')).toBe(true);
    expect(long.includes(excerpt)).toBe(true);
  });

  it('cuts one sentence longer than the maximum at word boundaries around the match', () => {
    const long = `Short intro. Managers ${'often '.repeat(40)}discuss supervision ${'with staff '.repeat(40)}today.`;
    const window = bestSentenceWindow(long, supervision);
    const excerpt = excerptOf(long, window);
    expect(excerpt.length).toBeLessThanOrEqual(maxExcerptChars);
    expect(excerpt).toContain('discuss supervision');
    expect(window.truncatedBefore).toBe(true);
    expect(window.truncatedAfter).toBe(true);
    expect(long[window.start - 1]).toBe(' ');
    expect(long[window.end]).toBe(' ');
    expect(excerpt).toBe(excerpt.trim());
  });

  it('cuts only the end when the match is near the start of a long sentence', () => {
    const long = `Supervision is ${'rarely recorded and '.repeat(30)}never audited.`;
    const window = bestSentenceWindow(long, supervision);
    expect(window.start).toBe(0);
    expect(window.truncatedBefore).toBe(false);
    expect(window.truncatedAfter).toBe(true);
    expect(excerptOf(long, window).startsWith('Supervision is rarely')).toBe(true);
  });

  it('gives an empty, untruncated window for blank text', () => {
    expect(bestSentenceWindow('  ', supervision)).toEqual({
      start: 0,
      end: 0,
      truncatedBefore: false,
      truncatedAfter: false,
    });
  });

  it('keeps every window within the text and within the maximum', () => {
    const words = fc.constantFrom(
      'supervision',
      'Supervised',
      'caseloads',
      'social',
      'workers',
      'managers',
      'children’s',
      'are',
      'not',
      'always',
      'recorded,',
      'multi-agency',
      '2017',
    );
    const sentence = fc
      .array(words, { minLength: 1, maxLength: 80 })
      .chain((list) => fc.constantFrom('.', '?', '!').map((end) => `${list.join(' ')}${end}`));
    const text = fc
      .tuple(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '  ', '\n'))
      .map(([sentences, gap]) => sentences.join(gap));
    const maxChars = fc.integer({ min: 40, max: 400 });
    fc.assert(
      fc.property(text, maxChars, fc.boolean(), (sample, max, matchSupervision) => {
        const terms = matchSupervision ? supervision : new Set(['caseload', 'caseloads']);
        const window = bestSentenceWindow(sample, terms, max);
        const excerpt = excerptOf(sample, window);
        return (
          window.start >= 0 &&
          window.start <= window.end &&
          window.end <= sample.length &&
          window.end - window.start <= max &&
          excerpt === excerpt.trim() &&
          excerpt.length > 0
        );
      }),
    );
  });

  // Regression test (was a bug): when the window falls inside one unbroken run of more than maxChars characters (a long URL containing the matched word), nextWordStart moves the start forward past the run and previousWordEnd moves the end back before it, so end < start and the excerpt is empty.
  it('never returns a window whose end is before its start', () => {
    const url = `https://example.org/${'a'.repeat(100)}/supervision/${'b'.repeat(300)}`;
    const long = `First sentence. See ${url} now.`;
    const window = bestSentenceWindow(long, supervision);
    expect(window.end).toBeGreaterThanOrEqual(window.start);
    expect(excerptOf(long, window)).not.toBe('');
  });
});
