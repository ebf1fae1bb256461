import { describe, expect, it } from 'vitest';
import { lineText } from '../../../src/knowledge/pdf/pdf-line.ts';
import { removeReportBoilerplate } from '../../../src/knowledge/pdf/remove-report-boilerplate.ts';
import { line, page } from './make-line.ts';

const cover = page(1, [
  line('Lead inspector: Tara Geere', { y: 590 }),
  line('Judgement', { y: 532.8, bold: true, x: 79 }),
  line('Grade', { y: 532.8, bold: true, x: 390 }),
  line('The impact of leaders on social work practice with children', { y: 498, x: 79 }),
  line('Good', { y: 491.4, x: 390 }),
  line('and families', { y: 484.8, x: 79 }),
  line('Overall effectiveness', { y: 366.2, x: 79 }),
  line('Good', { y: 366.2, x: 390 }),
  line('Children’s services in Croydon have improved', { y: 324.3 }),
]);
const contents = page(4, [
  line('Contents', { y: 722, size: 26 }),
  line('Executive summary 2', { y: 697 }),
]);
const text = page(5, [line('The local authority', { y: 732 })]);
const back = page(11, [
  line('The Office for Standards in Education', { y: 700 }),
  line('© Crown copyright 2020', { y: 100 }),
]);

describe('removeReportBoilerplate', () => {
  const result = removeReportBoilerplate([cover, contents, text, back]);

  it('drops the contents page and the back cover, reading the copyright year', () => {
    expect(result.pages.map((each) => each.page)).toEqual([1, 5]);
    expect(result.contentsPages).toEqual([4]);
    expect(result.backCovers).toEqual([{ page: 11, copyrightYear: 2020 }]);
  });

  it('lifts the grade table out, row by row, and leaves the text around it', () => {
    expect(result.pages[0]?.lines.map((each) => lineText(each))).toEqual([
      'Lead inspector: Tara Geere',
      'Children’s services in Croydon have improved',
    ]);
    const rows = result.tables[0]?.rows.map((row) => [
      row.left.map((each) => lineText(each)).join(' '),
      row.right.map((each) => lineText(each)).join(' '),
    ]);
    expect(rows).toEqual([
      ['Judgement', 'Grade'],
      ['The impact of leaders on social work practice with children and families', 'Good'],
      ['Overall effectiveness', 'Good'],
    ]);
  });

  it('keeps a page with a single label in the right half (a judgement beside a heading)', () => {
    const heading = page(27, [
      line('Leadership, management and', { y: 729, bold: true, size: 14 }),
      line('Inadequate', { y: 720.3, x: 357.7, bold: true, size: 14 }),
      line('governance', { y: 713, bold: true, size: 14 }),
    ]);
    const kept = removeReportBoilerplate([heading]);
    expect(kept.tables).toEqual([]);
    expect(kept.pages[0]?.lines).toHaveLength(3);
    expect(kept.backCovers).toEqual([]);
  });

  it('keeps the last row’s wrapped cell in the table, and the text after it out', () => {
    const grades = page(1, [
      line('Judgement', { y: 560, bold: true, x: 77 }),
      line('Grade', { y: 560, bold: true, x: 303 }),
      line('The experiences and progress of', { y: 444, x: 77 }),
      line('Good', { y: 444, x: 303 }),
      line('children in care', { y: 430, x: 77 }),
      line('The experiences and progress of care', { y: 403, x: 77 }),
      line('Good', { y: 403, x: 303 }),
      line('leavers', { y: 388, x: 77 }),
      line('The experiences of children have significantly improved', { y: 355, x: 71 }),
    ]);
    const result = removeReportBoilerplate([grades]);
    expect(result.tables[0]?.rows.at(-1)?.left.map((each) => lineText(each))).toEqual([
      'The experiences and progress of care',
      'leavers',
    ]);
    expect(result.pages[0]?.lines.map((each) => lineText(each))).toEqual([
      'The experiences of children have significantly improved',
    ]);
  });
});
