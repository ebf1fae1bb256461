import { describe, expect, it } from 'vitest';
import { lineText } from '../../../src/knowledge/pdf/pdf-line.ts';
import {
  isPageNumber,
  removePageFurniture,
} from '../../../src/knowledge/pdf/remove-page-furniture.ts';
import { line, page } from './make-line.ts';

const footer = (number: number) => [
  line('Inspection of Croydon local authority children’s services', { y: 39.6, size: 8 }),
  line('14 to 25 October 2024', { y: 30, size: 8 }),
  line(String(number), { y: 34, x: 513, size: 20 }),
];

const pages = [2, 3, 4].map((number) =>
  page(number, [
    line(`Paragraph text on page ${number}, with 25 October in it.`, { y: 400 }),
    ...footer(number),
  ]),
);

describe('removePageFurniture', () => {
  const result = removePageFurniture(pages);

  it('removes page numbers and the running footer, and nothing else', () => {
    expect(result.pages.map((each) => each.lines.map((kept) => lineText(kept)))).toEqual([
      ['Paragraph text on page 2, with 25 October in it.'],
      ['Paragraph text on page 3, with 25 October in it.'],
      ['Paragraph text on page 4, with 25 October in it.'],
    ]);
    expect(result.pageNumbers).toBe(3);
    expect(result.runningLines).toEqual([
      'Inspection of Croydon local authority children’s services',
      '14 to 25 October 2024',
    ]);
  });

  it('keeps a margin line printed on one page only (a footnote)', () => {
    const withNote = [
      ...pages.slice(0, 2),
      page(4, [line('These are residential special schools.', { y: 58, size: 10 }), ...footer(4)]),
    ];
    const kept = removePageFurniture(withNote).pages[2]?.lines.map((each) => lineText(each));
    expect(kept).toEqual(['These are residential special schools.']);
  });
});

describe('isPageNumber', () => {
  it('accepts a bare number in the bottom or top margin', () => {
    expect(isPageNumber({ height: 842 }, line('12', { y: 24 }))).toBe(true);
    expect(isPageNumber({ height: 842 }, line('Page 3 of 11', { y: 820 }))).toBe(true);
  });

  it('rejects a number in the body of the page, and words in the margin', () => {
    expect(isPageNumber({ height: 842 }, line('12', { y: 400 }))).toBe(false);
    expect(isPageNumber({ height: 842 }, line('12 children', { y: 24 }))).toBe(false);
  });
});
