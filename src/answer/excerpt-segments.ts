import type { CitedResult } from './answer.ts';

/** A run of an excerpt as a reader sees it, and whether it is a matched word. */
export interface ExcerptSegment {
  text: string;
  matched: boolean;
}

/**
 * Splits an excerpt into plain and matched runs for display: line breaks become spaces and a
 * Markdown list marker becomes a bullet, so a quoted list reads as one line. The words are the
 * excerpt's own; only layout changes.
 */
export function excerptSegments(result: CitedResult): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let at = 0;
  for (const [start, end] of result.highlights) {
    if (start < at || end > result.excerpt.length) continue;
    if (start > at) segments.push({ text: result.excerpt.slice(at, start), matched: false });
    segments.push({ text: result.excerpt.slice(start, end), matched: true });
    at = end;
  }
  if (at < result.excerpt.length) segments.push({ text: result.excerpt.slice(at), matched: false });
  return segments.map((segment) => ({ ...segment, text: flattenLayout(segment.text) }));
}

// Both patterns match in linear time: a leading \s* before \n would backtrack quadratically
// over a long run of spaces.
function flattenLayout(text: string): string {
  return text.replace(/\n[ \t]*[-*+•][ \t]+/g, ' • ').replace(/\s+/g, ' ');
}
