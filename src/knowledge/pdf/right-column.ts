import type { PdfLine, PdfPage } from './pdf-line.ts';

/**
 * Whether a line starts in the right half of the page. Running text never does, so such a line
 * is a table cell or a label set beside a heading (2017's "Inadequate").
 */
export function isRightColumn(page: Pick<PdfPage, 'width'>, line: Pick<PdfLine, 'x'>): boolean {
  return line.x > page.width / 2;
}
