/** A sentence of a text, with its offsets into that text (trailing whitespace excluded). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * How much text is handed to Intl.Segmenter at once. Its sentence rules take time quadratic in
 * the length of the text it is given (8,000 short sentences: 0.5 s; a 1.7 MB paragraph: minutes),
 * so long text is segmented a window at a time, each window starting where a sentence starts.
 */
export const sentenceWindowChars = 4_000;

/** Characters that end UAX #29's look-ahead after a possible sentence boundary. */
const settles = /[\p{L}\n\r\u0085\u2028\u2029.?!]/u;

/** Splits text into sentences using the platform's Unicode sentence rules. */
export function segmentSentences(text: string, windowChars = sentenceWindowChars): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let offset = 0;
  let size = windowChars;
  while (offset < text.length) {
    const end = Math.min(text.length, offset + size);
    const segments = [...segmenter.segment(text.slice(offset, end))];
    let cut = segments.length;
    if (end < text.length) {
      // A boundary is settled once a letter, a paragraph break or a sentence terminator follows
      // it (UAX #29 SB8 looks no further); the last segment may run on past the window.
      let settled = segments.length - 1;
      while (settled > 0 && !settles.test(segments[settled]?.segment ?? '')) settled -= 1;
      cut = Math.min(segments.length - 1, settled);
    }
    const next = segments[cut];
    if (cut <= 0 || (end < text.length && next === undefined)) {
      // One sentence longer than the window: widen it until the sentence ends.
      size *= 2;
      continue;
    }
    for (const { segment, index } of segments.slice(0, cut)) {
      const trimmedLength = segment.trimEnd().length;
      const leading = segment.length - segment.trimStart().length;
      if (trimmedLength > leading) {
        spans.push({ start: offset + index + leading, end: offset + index + trimmedLength });
      }
    }
    if (next === undefined) break;
    offset += next.index;
    size = windowChars;
  }
  return spans;
}
