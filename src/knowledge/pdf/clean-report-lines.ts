import { bodyFontSize } from './body-font-size.ts';
import { detachFootnotes, type Footnote, type FootnoteMarker } from './detach-footnotes.ts';
import type { PdfPage } from './pdf-line.ts';
import { type PageFurnitureRemoval, removePageFurniture } from './remove-page-furniture.ts';
import { type BoilerplateRemoval, removeReportBoilerplate } from './remove-report-boilerplate.ts';

/** A report's pages with the extraction artefacts and boilerplate taken out, and a log of what went. */
export interface CleanedReport {
  readonly pages: PdfPage[];
  readonly bodySize: number;
  readonly footnotes: Footnote[];
  readonly markers: FootnoteMarker[];
  readonly furniture: Omit<PageFurnitureRemoval, 'pages'>;
  readonly boilerplate: Omit<BoilerplateRemoval, 'pages'>;
}

/**
 * Clean extracted lines: page numbers and running headers/footers out, footnotes detached from
 * the text, then the contents page and back cover removed and tables lifted out of the flow.
 */
export function cleanReportLines(extracted: readonly PdfPage[]): CleanedReport {
  const { pages: withoutFurniture, ...furniture } = removePageFurniture(extracted);
  const bodySize = bodyFontSize(withoutFurniture);
  const {
    pages: withoutFootnotes,
    footnotes,
    markers,
  } = detachFootnotes(withoutFurniture, bodySize);
  const { pages, ...boilerplate } = removeReportBoilerplate(withoutFootnotes);
  const kept = new Set(pages.map((page) => page.page));
  return {
    pages,
    bodySize,
    footnotes: footnotes.filter((footnote) => kept.has(footnote.page)),
    markers: markers.filter((marker) => kept.has(marker.page)),
    furniture,
    boilerplate,
  };
}
