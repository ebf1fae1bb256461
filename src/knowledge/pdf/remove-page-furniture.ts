import { lineText, type PdfLine, type PdfPage } from './pdf-line.ts';

/** Share of the page height, at the top and at the bottom, where headers and footers live. */
const MARGIN_SHARE = 0.1;
/** A margin line on at least this share of pages is a running header or footer. */
const RUNNING_SHARE = 0.5;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i;

/** What was taken out as page furniture. */
export interface PageFurnitureRemoval {
  readonly pages: PdfPage[];
  /** How many page numbers were removed. */
  readonly pageNumbers: number;
  /** Each distinct running header or footer line, as first printed. */
  readonly runningLines: string[];
}

/**
 * Remove page numbers and running headers/footers: lines in the top or bottom margin that are a
 * bare number, or that recur (numbers aside) on at least half the pages.
 */
export function removePageFurniture(pages: readonly PdfPage[]): PageFurnitureRemoval {
  const pagesByKey = new Map<string, Set<number>>();
  const firstText = new Map<string, string>();
  for (const page of pages) {
    for (const line of page.lines) {
      const key = runningKey(page, line);
      if (key === undefined) continue;
      pagesByKey.set(key, (pagesByKey.get(key) ?? new Set()).add(page.page));
      if (!firstText.has(key)) firstText.set(key, lineText(line));
    }
  }
  const threshold = Math.max(2, Math.ceil(RUNNING_SHARE * pages.length));
  const running = new Set(
    [...pagesByKey.entries()].filter(([, on]) => on.size >= threshold).map(([key]) => key),
  );

  let pageNumbers = 0;
  const kept = pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => {
      if (isPageNumber(page, line)) {
        pageNumbers += 1;
        return false;
      }
      const key = runningKey(page, line);
      return key === undefined || !running.has(key);
    }),
  }));
  const runningLines = [...running]
    .map((key) => firstText.get(key) ?? key)
    .filter((text) => !PAGE_NUMBER.test(text));
  return { pages: kept, pageNumbers, runningLines };
}

/** Whether a line is a page number printed in the page margin. */
export function isPageNumber(page: Pick<PdfPage, 'height'>, line: PdfLine): boolean {
  return marginOf(page, line) !== undefined && PAGE_NUMBER.test(lineText(line));
}

function marginOf(page: Pick<PdfPage, 'height'>, line: PdfLine): 'top' | 'bottom' | undefined {
  if (line.y < MARGIN_SHARE * page.height) return 'bottom';
  if (line.y > (1 - MARGIN_SHARE) * page.height) return 'top';
  return undefined;
}

/** Identifies a margin line regardless of the numbers in it (dates stay, page numbers vary). */
function runningKey(page: PdfPage, line: PdfLine): string | undefined {
  const margin = marginOf(page, line);
  if (margin === undefined) return undefined;
  const text = lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  return `${margin}:${text}`;
}
