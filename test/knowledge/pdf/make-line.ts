import type { PdfLine, PdfPage, TextFragment } from '../../../src/knowledge/pdf/pdf-line.ts';

/** A text run for hand-made lines: 12pt regular text at the given position unless told otherwise. */
export function fragment(
  text: string,
  x: number,
  overrides: Partial<TextFragment> = {},
): TextFragment {
  const size = overrides.size ?? 12;
  return {
    text,
    x,
    xEnd: x + text.length * size * 0.5,
    y: 700,
    size,
    bold: false,
    symbol: false,
    superscript: false,
    ...overrides,
  };
}

/** A hand-made line of one or more runs (a plain string is one run at the left margin). */
export function line(
  content: string | TextFragment[],
  overrides: Partial<Omit<PdfLine, 'fragments'>> = {},
): PdfLine {
  const size = overrides.size ?? 12;
  const x = overrides.x ?? 72;
  const fragments =
    typeof content === 'string'
      ? [fragment(content, x, { size, bold: overrides.bold ?? false })]
      : content;
  return {
    page: 1,
    y: 700,
    x,
    xEnd: fragments.at(-1)?.xEnd ?? x,
    size,
    bold: false,
    ...overrides,
    fragments,
  };
}

/** A hand-made A4 page. */
export function page(number: number, lines: PdfLine[]): PdfPage {
  return {
    page: number,
    width: 595,
    height: 842,
    lines: lines.map((each) => ({ ...each, page: number })),
  };
}
