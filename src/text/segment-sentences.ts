/** A sentence of a text, with its offsets into that text (trailing whitespace excluded). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits text into sentences using the platform's Unicode sentence rules. */
export function segmentSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmedLength = segment.trimEnd().length;
    const leading = segment.length - segment.trimStart().length;
    if (trimmedLength > leading) spans.push({ start: index + leading, end: index + trimmedLength });
  }
  return spans;
}
