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
  // A quote that starts or ends with a letter must start or end on a word boundary, so
  // "hildren in care" is not found inside "children in care".
  const before = /^[\p{L}\p{N}]/u.test(words[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(words[words.length - 1] ?? '') ? '(?![\\p{L}\\p{N}])' : '';
  const pattern = new RegExp(`${before}${words.map(escapeRegExp).join('\\s+')}${after}`, 'u');
  const match = pattern.exec(body);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
