import { lineText, type PdfLine, type PdfPage } from './pdf-line.ts';
import { readTableRows, type TableRow } from './read-table-rows.ts';
import { isRightColumn } from './right-column.ts';

/**
 * A page with at least this many right-column cells holds a table (a heading has one label); a
 * table carried over from the page before needs only one.
 */
const TABLE_MIN_RIGHT_CELLS = 3;
/** Lines this many line-heights above or below the right-column cells belong to the table. */
const TABLE_MARGIN_LINES = 1.2;
const CONTENTS_TITLE = /^contents$/i;
const CROWN_COPYRIGHT = /^© Crown copyright (\d{4})$/;

/** What was taken out as boilerplate. */
export interface BoilerplateRemoval {
  readonly pages: PdfPage[];
  readonly contentsPages: number[];
  /**
   * The back covers (Ofsted's address and licence text), each with the copyright year it prints:
   * one as a rule, but older reports print the imprint inside the front cover, and a combined
   * report (the authority's and the board's) has one after each part.
   */
  readonly backCovers: { readonly page: number; readonly copyrightYear: number }[];
  /** Tables taken out of the page flow, to be rendered row by row where they stood. */
  readonly tables: PdfTable[];
}

/** A table lifted out of a page: where it stood, and its rows. */
export interface PdfTable {
  readonly page: number;
  /** Baseline of its top line: text above it precedes the table. */
  readonly top: number;
  readonly rows: TableRow[];
  /** Nothing but small print follows it on its page, so it may go on at the next page's top. */
  readonly reachesFoot: boolean;
}

/**
 * Remove what is not report text, the contents page and the back cover, and lift tables (the
 * grade table on the cover) out of the page flow, whose line order would interleave their cells.
 */
export function removeReportBoilerplate(pages: readonly PdfPage[]): BoilerplateRemoval {
  const contentsPages = pages.filter(isContentsPage).map((page) => page.page);
  const backCovers = pages.flatMap((page) => {
    const copyrightYear = printedCopyrightYear(page);
    return copyrightYear === undefined ? [] : [{ page: page.page, copyrightYear }];
  });
  const removed = new Set([...contentsPages, ...backCovers.map((cover) => cover.page)]);
  const tables: PdfTable[] = [];
  const kept = pages
    .filter((page) => !removed.has(page.page))
    .map((page) => {
      const previous = tables.at(-1);
      const continues = previous?.page === page.page - 1 && previous.reachesFoot;
      const table = tableLines(page, continues ? 1 : TABLE_MIN_RIGHT_CELLS);
      if (table.size === 0) return page;
      const lines = page.lines.filter((line) => table.has(line));
      const bottom = Math.min(...lines.map((line) => line.y));
      tables.push({
        page: page.page,
        top: Math.max(...lines.map((line) => line.y)),
        rows: readTableRows(page, lines),
        reachesFoot: page.lines.every((line) => line.y >= bottom || isFootnoteSize(line, lines)),
      });
      return { ...page, lines: page.lines.filter((line) => !table.has(line)) };
    });
  return { pages: kept, contentsPages, backCovers, tables };
}

function isContentsPage(page: PdfPage): boolean {
  const first = page.lines[0];
  return first !== undefined && CONTENTS_TITLE.test(lineText(first));
}

/** The year of a page's copyright line, set on a line of its own only on the imprint page. */
function printedCopyrightYear(page: PdfPage): number | undefined {
  for (const line of page.lines) {
    const match = CROWN_COPYRIGHT.exec(lineText(line));
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return undefined;
}

/** The lines of a page's table: everything level with, or just around, its right-hand cells. */
function tableLines(page: PdfPage, minimumCells: number): Set<PdfLine> {
  const cells = page.lines.filter((line) => isRightColumn(page, line));
  if (cells.length < minimumCells) return new Set();
  // A table carried over from the page before starts at the top of this one.
  if (minimumCells < TABLE_MIN_RIGHT_CELLS && !startsLevelWithCell(page, cells)) return new Set();
  const top = Math.max(...cells.map((cell) => cell.y + TABLE_MARGIN_LINES * cell.size));
  const bottom = Math.min(...cells.map((cell) => cell.y - TABLE_MARGIN_LINES * cell.size));
  const table = page.lines.filter((line) => line.y <= top && line.y >= bottom);
  return new Set([...table, ...wrappedLastCell(page, table)]);
}

/** Wrapped cells are this close: a wrapped line's spacing, about 1.2 font sizes. */
const CELL_LINE_GAP = 1.45;

/**
 * The lines the last row's left cell wraps onto below its grade ("The experiences and progress
 * of care" / "leavers"): set right under the table, at a left cell's indent, in its type.
 */
function wrappedLastCell(page: PdfPage, table: readonly PdfLine[]): PdfLine[] {
  const lefts = table.filter((line) => !isRightColumn(page, line));
  const wrapped: PdfLine[] = [];
  let last = table.reduce<PdfLine | undefined>(
    (low, line) => (low === undefined || line.y < low.y ? line : low),
    undefined,
  );
  for (const line of page.lines) {
    if (last === undefined || line.y >= last.y) continue;
    const gap = last.y - line.y;
    const atCellIndent = lefts.some(
      (cell) => Math.abs(cell.x - line.x) < 1 && cell.size === line.size && cell.bold === line.bold,
    );
    if (gap > CELL_LINE_GAP * line.size || !atCellIndent) break;
    wrapped.push(line);
    last = line;
  }
  return wrapped;
}

function startsLevelWithCell(page: PdfPage, cells: readonly PdfLine[]): boolean {
  const first = page.lines[0];
  return first !== undefined && cells.some((cell) => Math.abs(cell.y - first.y) < cell.size);
}

/** A line set smaller than the table's own text: a footnote or page furniture under it. */
function isFootnoteSize(line: PdfLine, table: readonly PdfLine[]): boolean {
  return line.size < Math.min(...table.map((cell) => cell.size)) - 0.5;
}
