/** Where a quote sits in a document body. */
export interface QuoteLocation {
  start: number;
  end: number;
}

const wordCharacter = /^[\p{L}\p{N}]/u;
const whitespaceRun = /\s+/y;

/**
 * Finds a quote in a body, word for word and character for character; only the whitespace
 * between words may differ (YAML folding, wrapped lines). Returns undefined when absent.
 */
export function locateQuote(body: string, quote: string): QuoteLocation | undefined {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return undefined;
  // A quote that starts or ends with a letter must start or end on a word boundary, so
  // "hildren in care" is not found inside "children in care".
  const boundedStart = wordCharacter.test(first);
  const boundedEnd = wordCharacter.test(codePointBefore(words.at(-1) ?? '', Infinity));
  // Matched by hand where the first word occurs, leftmost first, rather than by a regular
  // expression: compiling a Unicode pattern per quote made checking a national set's facts
  // take seconds. Words hold no whitespace, so the runs between them match one way only.
  for (let at = body.indexOf(first); at !== -1; at = body.indexOf(first, at + 1)) {
    if (boundedStart && wordCharacter.test(codePointBefore(body, at))) continue;
    const end = matchRest(body, words, at + first.length);
    if (end === undefined) continue;
    if (boundedEnd && wordCharacter.test(codePointAtOffset(body, end))) continue;
    return { start: at, end };
  }
  return undefined;
}

/** Where the quote's later words end, each after a run of whitespace, or undefined. */
function matchRest(body: string, words: readonly string[], from: number): number | undefined {
  let offset = from;
  for (let i = 1; i < words.length; i += 1) {
    whitespaceRun.lastIndex = offset;
    if (!whitespaceRun.test(body)) return undefined;
    offset = whitespaceRun.lastIndex;
    const word = words[i] ?? '';
    if (!body.startsWith(word, offset)) return undefined;
    offset += word.length;
  }
  return offset;
}

/** The whole character (code point) ending just before `offset`, or '' at the start. */
function codePointBefore(text: string, offset: number): string {
  const end = Math.min(offset, text.length);
  if (end <= 0) return '';
  const low = text.charCodeAt(end - 1);
  const pair = end >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return text.slice(pair ? end - 2 : end - 1, end);
}

/** The whole character (code point) starting at `offset`, or '' at the end. */
function codePointAtOffset(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}
