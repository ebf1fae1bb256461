import { describe, expect, it } from 'vitest';
import {
  collectVocabulary,
  isRealLineEndHyphen,
  joinWrappedLines,
} from '../../../src/knowledge/pdf/join-wrapped-lines.ts';

const vocabulary = collectVocabulary([
  'the out-of-hours service and a significant number of cases',
  'multi-agency work',
]);

describe('collectVocabulary', () => {
  it('keeps hyphenated compounds whole and lower-cases words', () => {
    expect(vocabulary.has('out-of-hours')).toBe(true);
    expect(vocabulary.has('significant')).toBe(true);
    expect(vocabulary.has('The')).toBe(false);
  });
});

describe('isRealLineEndHyphen', () => {
  it('keeps the hyphen of a compound already under way', () => {
    expect(isRealLineEndHyphen('oversight of out-of-', 'hours activity', new Set())).toBe(true);
  });

  it('keeps the hyphen when the hyphenated form is used elsewhere', () => {
    expect(isRealLineEndHyphen('between the multi-', 'agency public', vocabulary)).toBe(true);
  });

  it('keeps the hyphen after a prefix that takes one', () => {
    expect(isRealLineEndHyphen('escalated into pre-', 'proceedings.', new Set())).toBe(true);
    expect(isRealLineEndHyphen('a self-', 'assessment', new Set(['selfassessment']))).toBe(true);
  });

  it('keeps the hyphen next to a number', () => {
    expect(isRealLineEndHyphen('for 18- to 25-year-', 'olds.', new Set())).toBe(true);
  });

  it('keeps an unexplained hyphen, since these reports are not hyphenated automatically', () => {
    expect(isRealLineEndHyphen('a range of evidence-', 'based interventions', new Set())).toBe(
      true,
    );
  });

  it('drops the hyphen of a word split only by hyphenation', () => {
    expect(isRealLineEndHyphen('a signifi-', 'cant number', vocabulary)).toBe(false);
  });
});

describe('joinWrappedLines', () => {
  it('joins wrapped lines with single spaces', () => {
    expect(joinWrappedLines(['children in care', 'and care leavers.'], new Set())).toBe(
      'children in care and care leavers.',
    );
  });

  it('closes up after a real line-end hyphen, keeping it', () => {
    expect(joinWrappedLines(['a range of evidence-', 'based interventions'], new Set())).toBe(
      'a range of evidence-based interventions',
    );
  });

  it('removes a hyphenation hyphen and closes up the word', () => {
    expect(joinWrappedLines(['a signifi-', 'cant number'], vocabulary)).toBe(
      'a significant number',
    );
  });

  it('keeps the space after a suspended hyphen', () => {
    expect(joinWrappedLines(['homeless 16-', 'and 17-year-olds'], new Set())).toBe(
      'homeless 16- and 17-year-olds',
    );
  });

  it('keeps the space after a dash, which is not a hyphen', () => {
    expect(joinWrappedLines(['Inspection findings –', 'the board'], new Set())).toBe(
      'Inspection findings – the board',
    );
  });

  it('ignores blank lines', () => {
    expect(joinWrappedLines(['‘start again’', '', 'scenario.'], new Set())).toBe(
      '‘start again’ scenario.',
    );
  });
});

describe('joinWrappedLines with a range of years', () => {
  it('closes up a year range broken after its dash, and keeps a spaced dash spaced', () => {
    expect(joinWrappedLines(['in the first quarter in 2014–', '15.'], new Set())).toBe(
      'in the first quarter in 2014–15.',
    );
    expect(joinWrappedLines(['services –', 'and partners'], new Set())).toBe(
      'services – and partners',
    );
  });
});
