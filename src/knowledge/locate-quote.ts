/** Where a quote sits in a document body. */
export interface QuoteLocation {
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds a quote in a body, word for word and character for character; only the whitespace
 * between words may differ (YAML folding, wrapped lines). Returns undefined when absent.
 */
export function locateQuote(body: string, quote: string): QuoteLocation | undefined {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u');
  const match = pattern.exec(body);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
