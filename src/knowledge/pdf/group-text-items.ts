import type { PdfLine, TextFragment } from './pdf-line.ts';

/** A text run as read from the PDF, before it is placed on a line. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  /** The embedded font's name, e.g. "ABCDEE+Tahoma-Bold". */
  readonly fontName: string;
}

/** Runs whose baselines differ by less than this many points sit on one line. */
const BASELINE_TOLERANCE = 1;
/** A gap wider than this many ems splits a baseline into separate lines (table columns). */
const COLUMN_GAP_EM = 2;
/** In the right half a narrower gap is enough: word spaces, even justified, stay below it. */
const RIGHT_CELL_GAP_EM = 0.75;
const RIGHT_CELL_SPACED_GAP_EM = 1.25;
/** A run this much smaller than a line and raised by this share of its size is a superscript. */
const SUPERSCRIPT_MAX_SIZE_RATIO = 0.85;
const SUPERSCRIPT_MIN_RAISE = 0.15;
const SUPERSCRIPT_MAX_RAISE = 0.65;
/** Superscripts in reports are footnote numbers or ordinals: a few characters at most. */
const SUPERSCRIPT_MAX_CHARS = 4;

/**
 * A run ending in a colon is a label, and the value set apart from it in its own column is still
 * on its line ("Lead inspector:" … "Anne Waterman"); table cells do not end in colons.
 */
const LABEL_END = /:\s*$/;
const PARAGRAPH_NUMBER = /^\d{1,3}\.$/;

const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
const SYMBOL_FONT = /wingdings|webdings|symbol|dingbat/i;

interface Row {
  y: number;
  items: PlacedText[];
  superscripts: PlacedText[];
}

/**
 * Group a page's text runs into lines: runs on one baseline form a row, a smaller raised run
 * joins the row below it as a superscript, and a row is split where a wide gap separates columns.
 */
export function groupTextItems(
  page: number,
  items: readonly PlacedText[],
  pageWidth = Number.POSITIVE_INFINITY,
): PdfLine[] {
  const rows = groupRows(items.filter((item) => item.text !== ''));
  attachSuperscripts(rows);
  return rows
    .filter((row) => row.items.some((item) => item.text.trim() !== ''))
    .sort((a, b) => b.y - a.y)
    .flatMap((row) => splitColumns(page, row, pageWidth / 2));
}

function groupRows(items: readonly PlacedText[]): Row[] {
  const rows: Row[] = [];
  const byHeight = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of byHeight) {
    const row = rows.find((candidate) => Math.abs(candidate.y - item.y) <= BASELINE_TOLERANCE);
    if (row === undefined) rows.push({ y: item.y, items: [item], superscripts: [] });
    else row.items.push(item);
  }
  return rows;
}

/** Moves rows made only of small raised runs (footnote markers) onto the line they belong to. */
function attachSuperscripts(rows: Row[]): void {
  for (const row of [...rows]) {
    const ink = row.items.map((item) => item.text.trim()).join('');
    if (ink.length === 0 || ink.length > SUPERSCRIPT_MAX_CHARS) continue;
    const size = maxSize(row.items);
    const host = rows.find((candidate) => {
      if (candidate === row) return false;
      const hostSize = maxSize(candidate.items);
      const raise = row.y - candidate.y;
      return (
        size <= SUPERSCRIPT_MAX_SIZE_RATIO * hostSize &&
        raise >= SUPERSCRIPT_MIN_RAISE * hostSize &&
        raise <= SUPERSCRIPT_MAX_RAISE * hostSize &&
        row.items.every((item) => overlapsHorizontally(item, candidate.items, hostSize))
      );
    });
    if (host === undefined) continue;
    host.superscripts.push(...row.items);
    rows.splice(rows.indexOf(row), 1);
  }
}

function maxSize(items: readonly PlacedText[]): number {
  return Math.max(...items.filter((item) => item.text.trim() !== '').map((item) => item.size), 0);
}

/** Whether a run sits within (or just beside) the horizontal extent of a row. */
function overlapsHorizontally(
  item: PlacedText,
  rowItems: readonly PlacedText[],
  size: number,
): boolean {
  const left = Math.min(...rowItems.map((other) => other.x));
  const right = Math.max(...rowItems.map((other) => other.x + other.width));
  // A footnote's number hangs a little left of its note, by up to about its width and a space.
  return item.x >= left - 1.5 * size && item.x <= right + size;
}

function splitColumns(page: number, row: Row, middle: number): PdfLine[] {
  const fragments = [
    ...row.items.map((item) => toFragment(item, false)),
    ...row.superscripts.map((item) => toFragment(item, true)),
  ].sort((a, b) => a.x - b.x);
  const lines: TextFragment[][] = [];
  let current: TextFragment[] = [];
  let lastInk: TextFragment | undefined;
  for (const fragment of fragments) {
    const isInk = fragment.text.trim() !== '';
    const numberOnly = current.filter((each) => each.text.trim() !== '').length === 1;
    const spaced = current.at(-1)?.text.trim() === '';
    if (
      isInk &&
      lastInk !== undefined &&
      startsColumn(lastInk, fragment, { middle, numberOnly, spaced })
    ) {
      lines.push(current);
      current = [];
    }
    current.push(fragment);
    if (isInk) lastInk = fragment;
  }
  lines.push(current);
  return lines
    .map(trimBlankFragments)
    .filter((line) => line.length > 0)
    .map((line) => toLine(page, row.y, line));
}

/**
 * Whether a run starts a new column: after a gap wider than any word space, or, for a table's
 * right-hand cell set close to a long left-hand one, after a narrower gap in the page's right half.
 */
function startsColumn(
  last: TextFragment,
  fragment: TextFragment,
  context: { middle: number; numberOnly: boolean; spaced: boolean },
): boolean {
  if (LABEL_END.test(last.text)) return false;
  // A paragraph number set far from its text ("1." … "Continue to strengthen") begins its line.
  if (context.numberOnly && PARAGRAPH_NUMBER.test(last.text.trim())) return false;
  const gap = fragment.x - last.xEnd;
  if (gap > COLUMN_GAP_EM * fragment.size) return true;
  // A gap the PDF fills with a space run is a word space unless it is wider than justified
  // text ever stretches one.
  const limit = context.spaced ? RIGHT_CELL_SPACED_GAP_EM : RIGHT_CELL_GAP_EM;
  return fragment.x > context.middle && gap > limit * fragment.size;
}

/** Drops blank runs at either end, so a line's extent is that of its ink. */
function trimBlankFragments(fragments: readonly TextFragment[]): TextFragment[] {
  const isInk = (fragment: TextFragment) => fragment.text.trim() !== '';
  const start = fragments.findIndex(isInk);
  const end = fragments.findLastIndex(isInk);
  return start === -1 ? [] : fragments.slice(start, end + 1);
}

function toFragment(item: PlacedText, superscript: boolean): TextFragment {
  return {
    text: item.text,
    x: item.x,
    xEnd: item.x + item.width,
    y: item.y,
    size: item.size,
    bold: BOLD_FONT.test(item.fontName),
    symbol: SYMBOL_FONT.test(item.fontName),
    superscript,
  };
}

function toLine(page: number, y: number, fragments: readonly TextFragment[]): PdfLine {
  const ink = fragments.filter((fragment) => fragment.text.trim() !== '' && !fragment.superscript);
  const counted = ink.length > 0 ? ink : fragments;
  const sizeWeights = new Map<number, number>();
  let boldChars = 0;
  let allChars = 0;
  for (const fragment of counted) {
    const size = Math.round(fragment.size * 100) / 100;
    sizeWeights.set(size, (sizeWeights.get(size) ?? 0) + fragment.text.length);
    allChars += fragment.text.length;
    if (fragment.bold) boldChars += fragment.text.length;
  }
  const size = [...sizeWeights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const first = fragments[0];
  const last = fragments.at(-1);
  return {
    page,
    y,
    x: first?.x ?? 0,
    xEnd: last?.xEnd ?? 0,
    size,
    bold: boldChars * 2 > allChars,
    fragments,
  };
}
