import { lineText, type PdfLine, type PdfPage } from './pdf-line.ts';

/** A footnote's text as printed at the foot of its page, without its number. */
export interface Footnote {
  readonly number: string;
  readonly page: number;
  readonly lines: PdfLine[];
}

/** A footnote number that was attached to a word in the running text. */
export interface FootnoteMarker {
  readonly number: string;
  readonly page: number;
}

export interface DetachedFootnotes {
  readonly pages: PdfPage[];
  readonly footnotes: Footnote[];
  readonly markers: FootnoteMarker[];
}

const FOOTNOTE_NUMBER = /^\d{1,3}$/;
/** Footnote text is set smaller than the running text. */
const FOOTNOTE_MAX_SIZE_RATIO = 0.95;

/**
 * Remove superscript footnote numbers from a line ("Board¹" → "Board"), returning the numbers;
 * other superscripts (ordinals, say) are words and stay.
 */
export function detachFootnoteMarkers(line: PdfLine): { line: PdfLine; markers: string[] } {
  const markers: string[] = [];
  const fragments = line.fragments.filter((fragment) => {
    const text = fragment.text.trim();
    if (!fragment.superscript || !FOOTNOTE_NUMBER.test(text)) return true;
    markers.push(text);
    return false;
  });
  return { line: markers.length === 0 ? line : { ...line, fragments }, markers };
}

/**
 * Take footnotes out of the page flow: the small-print notes at the foot of a page become
 * separate footnotes, and their markers are detached from the words they were stuck to.
 */
export function detachFootnotes(pages: readonly PdfPage[], bodySize: number): DetachedFootnotes {
  const footnotes: Footnote[] = [];
  const markers: FootnoteMarker[] = [];
  const kept = pages.map((page) => {
    const lines: PdfLine[] = [];
    const marked = new Set<string>();
    let open: { number: string; lines: PdfLine[] } | undefined;
    for (const line of page.lines) {
      const start =
        footnoteStart(page, line, bodySize) ?? plainFootnoteStart(page, line, bodySize, marked);
      const detached = detachFootnoteMarkers(
        start === undefined ? line : withoutNumber(line, start),
      );
      if (start !== undefined) {
        open = { number: start, lines: [detached.line] };
        footnotes.push({ number: start, page: page.page, lines: open.lines });
      } else if (open !== undefined && line.size <= FOOTNOTE_MAX_SIZE_RATIO * bodySize) {
        open.lines.push(detached.line);
      } else {
        open = undefined;
        for (const number of detached.markers) {
          markers.push({ number, page: page.page });
          marked.add(number);
        }
        lines.push(detached.line);
      }
    }
    return { ...page, lines };
  });
  return { pages: kept, footnotes, markers };
}

/** The number of the footnote a line begins, if it begins one. */
function footnoteStart(page: PdfPage, line: PdfLine, bodySize: number): string | undefined {
  const first = line.fragments.find((fragment) => fragment.text.trim() !== '');
  if (first === undefined || !first.superscript) return undefined;
  const number = first.text.trim();
  if (!FOOTNOTE_NUMBER.test(number)) return undefined;
  const small = line.size <= FOOTNOTE_MAX_SIZE_RATIO * bodySize;
  const low = line.y < page.height / 2;
  return small && low ? number : undefined;
}

/** Footnote numbers set in the note's own type rather than raised ("6 Source: ONS 2011 census"). */
const PLAIN_FOOTNOTE_START = /^(\d{1,3})(?:\s|$)/;

/**
 * The number of the footnote a line begins when the number is not raised: small print in the
 * lower half of the page, starting with the number of a marker already seen on the page.
 */
function plainFootnoteStart(
  page: PdfPage,
  line: PdfLine,
  bodySize: number,
  marked: ReadonlySet<string>,
): string | undefined {
  const number = PLAIN_FOOTNOTE_START.exec(lineText(line))?.[1];
  if (number === undefined || !marked.has(number)) return undefined;
  const small = line.size <= FOOTNOTE_MAX_SIZE_RATIO * bodySize;
  return small && line.y < page.height / 2 ? number : undefined;
}

/** The line without the footnote number it starts with, raised or not. */
function withoutNumber(line: PdfLine, number: string): PdfLine {
  const [first, ...rest] = line.fragments;
  if (first === undefined) return line;
  if (first.text.trim() === number) return { ...line, fragments: rest };
  const text = first.text.replace(/^\s*\d{1,3}\s+/, '');
  return { ...line, fragments: [{ ...first, text }, ...rest] };
}
