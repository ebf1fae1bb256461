import { describe, expect, it } from 'vitest';
import { groupTextItems, type PlacedText } from '../../../src/knowledge/pdf/group-text-items.ts';
import { lineText } from '../../../src/knowledge/pdf/pdf-line.ts';

const run = (
  text: string,
  x: number,
  y: number,
  overrides: Partial<PlacedText> = {},
): PlacedText => ({
  text,
  x,
  y,
  width: text.length * 6,
  size: 12,
  fontName: 'ABCDEE+Tahoma',
  ...overrides,
});

describe('groupTextItems', () => {
  it('splits a grade set close beside a long table cell, across the page’s middle', () => {
    const lines = groupTextItems(
      13,
      [
        run('The experiences and progress of children who', 76.3, 650, { width: 244.2 }),
        run('Requires Improvement', 331.5, 650),
        run('progress of children and young people in care, which', 76.3, 620, { width: 255 }),
        run('is', 334.3, 620),
      ],
      595,
    );
    expect(lines.map((line) => lineText(line))).toEqual([
      'The experiences and progress of children who',
      'Requires Improvement',
      'progress of children and young people in care, which is',
    ]);
  });

  it('keeps a justified line whole where a wide space run fills the gap', () => {
    const lines = groupTextItems(
      1,
      [
        run('Inspection of services for children', 72, 719, { width: 272 }),
        run(' ', 344, 719, { width: 12.2 }),
        run('in need of help and', 356.3, 719),
      ],
      595,
    );
    expect(lines.map((line) => lineText(line))).toEqual([
      'Inspection of services for children in need of help and',
    ]);
  });

  it('splits a grade off a table row across a space run wider than any word space', () => {
    const lines = groupTextItems(
      1,
      [
        run('3. Leadership, management and governance', 105, 415, { width: 270.4 }),
        run(' ', 375.4, 415, { width: 18.5 }),
        run('Requires improvement', 393.9, 415),
      ],
      595,
    );
    expect(lines.map((line) => lineText(line))).toEqual([
      '3. Leadership, management and governance',
      'Requires improvement',
    ]);
  });

  it('keeps a paragraph number set far from its text on the text’s line', () => {
    const [numbered] = groupTextItems(1, [
      run('1.', 71, 696),
      run('Continue to strengthen', 106, 696),
    ]);
    expect(numbered?.fragments.map((each) => each.text)).toEqual(['1.', 'Continue to strengthen']);
  });

  it('keeps a label and its value, set in two columns, on one line', () => {
    const lines = groupTextItems(1, [
      run('Lead inspector:', 71, 302),
      run('Anne Waterman', 251, 302),
    ]);
    expect(lines.map((line) => lineText(line))).toEqual(['Lead inspector: Anne Waterman']);
  });

  it('puts runs on one baseline on one line, top to bottom, and joins split words', () => {
    const lines = groupTextItems(2, [
      run('second line', 72, 685.5),
      run('The experiences and progr', 72, 700, { width: 187.1 }),
      run('ess of children', 259.2, 700.4),
    ]);
    expect(lines.map((line) => lineText(line))).toEqual([
      'The experiences and progress of children',
      'second line',
    ]);
    expect(lines[0]?.page).toBe(2);
  });

  it('attaches a small raised number to the line below it as a superscript', () => {
    const lines = groupTextItems(1, [
      run('Board', 70.9, 592, { size: 14, width: 41.6 }),
      run('1', 112.5, 597.1, { size: 9, width: 5.7 }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.fragments.map((fragment) => [fragment.text, fragment.superscript])).toEqual([
      ['Board', false],
      ['1', true],
    ]);
  });

  it('does not make a superscript of a small line that is not raised just above another', () => {
    const lines = groupTextItems(1, [run('Body text', 72, 400), run('3', 72, 60, { size: 6.5 })]);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.fragments.every((fragment) => !fragment.superscript))).toBe(
      true,
    );
  });

  it('splits a baseline at a column gap (a table row), but not at a word space', () => {
    const lines = groupTextItems(1, [
      run('The experiences and progress of care', 76.6, 402.8, { width: 199.1 }),
      run('Good', 303, 402.7),
      run('1.', 70.9, 300, { width: 10.2 }),
      run('Despite some strong areas', 99.3, 300),
    ]);
    expect(lines.map((line) => lineText(line))).toEqual([
      'The experiences and progress of care',
      'Good',
      '1. Despite some strong areas',
    ]);
  });

  it('tells bold and symbol fonts from their names', () => {
    const [heading, bullet] = groupTextItems(1, [
      run('Recommendations', 72, 700, { fontName: 'ABCDEE+Tahoma-Bold' }),
      run('◼', 72, 650, { fontName: 'BCDJEE+Wingdings-Regular' }),
    ]);
    expect(heading?.bold).toBe(true);
    expect(bullet?.fragments[0]?.symbol).toBe(true);
    expect(bullet?.bold).toBe(false);
  });
});
