import type { PdfPage } from './pdf-line.ts';

/** The font size most of a document's characters are set in: its running text. */
export function bodyFontSize(pages: readonly PdfPage[]): number {
  const weights = new Map<number, number>();
  for (const line of pages.flatMap((page) => page.lines)) {
    const characters = line.fragments.reduce((sum, fragment) => sum + fragment.text.length, 0);
    weights.set(line.size, (weights.get(line.size) ?? 0) + characters);
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
