/** One run of text as pdfjs placed it on the page (PDF user space: y grows upwards). */
export interface TextFragment {
  readonly text: string;
  /** Left edge of the run. */
  readonly x: number;
  /** Right edge of the run. */
  readonly xEnd: number;
  /** Baseline. */
  readonly y: number;
  /** Font size in points. */
  readonly size: number;
  readonly bold: boolean;
  /** Set in a symbol font (Wingdings, Symbol): such runs are bullet glyphs, not words. */
  readonly symbol: boolean;
  /** Smaller than its line and raised above its baseline (a footnote marker, usually). */
  readonly superscript: boolean;
}

/** Text on one baseline of one page, without large horizontal gaps (a table cell is its own line). */
export interface PdfLine {
  readonly page: number;
  /** Baseline. */
  readonly y: number;
  readonly x: number;
  readonly xEnd: number;
  /** The size most of the line's characters are set in. */
  readonly size: number;
  /** Whether most of the line's characters are bold. */
  readonly bold: boolean;
  /** Runs in reading order (left to right). */
  readonly fragments: readonly TextFragment[];
}

/** The lines of one page, top to bottom. */
export interface PdfPage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

/** A horizontal gap wider than this share of the font size is a word space. */
const WORD_GAP_EM = 0.12;

/**
 * The text of a line: runs joined in order, with a single space wherever pdfjs gave a space or the
 * runs stand apart, and none where a word was merely split into runs ("progr" + "ess").
 */
export function lineText(line: Pick<PdfLine, 'fragments'>): string {
  let text = '';
  let pendingSpace = false;
  let previous: TextFragment | undefined;
  for (const fragment of line.fragments) {
    if (fragment.text.trim() === '') {
      pendingSpace = text !== '';
      continue;
    }
    const gap = previous === undefined ? 0 : fragment.x - previous.xEnd;
    const spaced =
      pendingSpace ||
      (previous !== undefined && gap > WORD_GAP_EM * Math.min(fragment.size, previous.size));
    const piece = fragment.text.replace(/\s+/g, ' ');
    if (text !== '' && spaced && !text.endsWith(' ') && !piece.startsWith(' ')) text += ' ';
    text += piece;
    pendingSpace = false;
    previous = fragment;
  }
  return text.trim().replace(/ {2,}/g, ' ');
}
