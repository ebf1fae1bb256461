import type { PdfLine } from './pdf-line.ts';

/** One block of an imported document, in reading order. */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly number?: number }
  | { readonly kind: 'list-item'; readonly depth: number; readonly text: string };

/** A block while the structure is being built: where it came from, for placing other blocks. */
export interface PlacedBlock {
  block: ReportBlock;
  /** The page the block starts on (0 for the cover's subject, title and facts). */
  page: number;
  lines: readonly PdfLine[];
  /** Where a list item's bullet glyph stands, which tells nested items apart. */
  bulletX?: number;
}

/** Joins a block's lines into its text (with the document's hyphen evidence). */
export type JoinLines = (lines: readonly PdfLine[]) => string;
