import { countSpans, quantitySpans } from './states-quantity.ts';

/** An excerpt and where the question's words matched in it. */
export interface HighlightedExcerpt {
  excerpt: string;
  highlights: ReadonlyArray<readonly [number, number]>;
}

/**
 * Whether an excerpt's figure counts what the question asks about: some quantity stands
 * within `maxWords` words of a word the question matched ("1,834 looked after children",
 * "care leavers (705)", "78% of care leavers"). A figure elsewhere in the excerpt counts
 * something else: in "children learn … what they can expect when they are 18" the 18 is not
 * how many children are in care. Excerpts with no matched words are not judged.
 */
export function countsTheAskedThing(
  result: HighlightedExcerpt,
  maxWords: number,
  /** Whether a matched word is the thing counted ("workers" of "how many social workers"). */
  isCounted: (word: string) => boolean = () => true,
  /** False when only a count answers ("how many …"), not a share ("70%"). */
  shares = true,
): boolean {
  const counted = {
    ...result,
    highlights: result.highlights.filter(([from, to]) => isCounted(result.excerpt.slice(from, to))),
  };
  // A figure must stand by the thing counted: "employs two participation workers" counts
  // workers; "12 district councils" beside "Kent" does not count social workers.
  if (counted.highlights.length === 0 && result.highlights.length > 0) return false;
  const spans = shares ? quantitySpans(result.excerpt) : countSpans(result.excerpt);
  return standsNearMatches(counted, spans, maxWords);
}

/**
 * Whether one of `spans` (what was asked for: a figure, a name) stands within `maxWords` words
 * of a word the question matched. True for an excerpt with no matched words.
 */
export function standsNearMatches(
  result: HighlightedExcerpt,
  spans: ReadonlyArray<readonly [number, number]>,
  maxWords: number,
): boolean {
  const { excerpt, highlights } = result;
  if (highlights.length === 0) return true;
  return spans.some(([start, end]) =>
    highlights.some(
      ([from, to]) => wordsBetween(excerpt, Math.min(end, to), Math.max(start, from)) <= maxWords,
    ),
  );
}

/** How many words stand between two offsets (none when they touch or overlap). */
function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return text.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
