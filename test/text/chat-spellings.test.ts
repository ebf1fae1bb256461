import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/question/analyse-question.ts';
import { withStandardSpellings } from '../../src/text/chat-spellings.ts';

describe('withStandardSpellings', () => {
  it('writes out the chat spellings of function words, whatever their case', () => {
    expect(withStandardSpellings('Wot did they think, wen did they come')).toBe(
      'what did they think, when did they come',
    );
  });

  it('leaves letters and words that have a meaning of their own', () => {
    expect(withStandardSpellings('Child R, Child U, a U-turn, 16 y o, cos of living')).toBe(
      'Child R, Child U, a U-turn, 16 y o, cos of living',
    );
    expect(withStandardSpellings('the wattage of the wotsit')).toBe('the wattage of the wotsit');
  });
});

describe('analyseQuestion with chat spellings', () => {
  it('reads what is asked as it would the words written out', () => {
    expect(analyseQuestion('wot did sandwell get from ofsted last time').asks).toBe('grade');
    expect(analyseQuestion('wen did ofsted inspect birmingham').asks).toBe('date');
    expect(analyseQuestion('hw long were they there').asks).toBe('span');
  });
});
