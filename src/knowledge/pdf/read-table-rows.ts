import type { PdfLine, PdfPage } from './pdf-line.ts';
import { isRightColumn } from './right-column.ts';

/** Lines further apart than this many font sizes start a new table row (a wrapped cell: ~1.2). */
const ROW_GAP = 1.45;

/** One table row: the text lines of its left cell and of its right cell, top to bottom. */
export interface TableRow {
  readonly left: PdfLine[];
  readonly right: PdfLine[];
}

/**
 * Read a two-column table back into rows: lines are taken top to bottom, a gap wider than a
 * wrapped line's starts a new row, and each line goes to the left or right cell by position.
 */
export function readTableRows(page: Pick<PdfPage, 'width'>, lines: readonly PdfLine[]): TableRow[] {
  const rows: TableRow[] = [];
  let current: TableRow | undefined;
  let previous: PdfLine | undefined;
  for (const line of [...lines].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const gap = previous === undefined ? Number.POSITIVE_INFINITY : previous.y - line.y;
    if (current === undefined || gap > ROW_GAP * Math.max(line.size, previous?.size ?? 0)) {
      current = { left: [], right: [] };
      rows.push(current);
    }
    (isRightColumn(page, line) ? current.right : current.left).push(line);
    previous = line;
  }
  return rows;
}
