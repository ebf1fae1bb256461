import { analyseTerm } from '../search/analyse-term.ts';
import { recentTokens } from '../search/recent-tokens.ts';
import { type SentenceSpan, segmentSentences } from '../text/segment-sentences.ts';

/** The longest excerpt the bot quotes, so an answer stays a quote and not a wall of text. */
export const maxExcerptChars = 350;

/** A stretch of a passage to quote, with whether it was cut mid-sentence. */
export interface ExcerptWindow {
  start: number;
  end: number;
  truncatedBefore: boolean;
  truncatedAfter: boolean;
}

/** A word of the text that matched the query, and the stored term it matched as. */
export interface MatchedWord extends SentenceSpan {
  term: string;
}

/** Offsets of the words in `text` whose stored terms are among `matchedTerms`. */
export function findMatchedWords(text: string, matchedTerms: ReadonlySet<string>): MatchedWord[] {
  return recentTokens(text).flatMap(({ word, start, end }) => {
    const term = analyseTerm(word)?.find((candidate) => matchedTerms.has(candidate));
    return term ? [{ start, end, term }] : [];
  });
}

/**
 * Picks the best run of whole sentences around the matched words, at most `maxChars` long.
 * A single longer sentence is cut at word boundaries around its densest matches.
 */
export function bestSentenceWindow(
  text: string,
  matchedTerms: ReadonlySet<string>,
  maxChars = maxExcerptChars,
  termWeight: (term: string) => number = () => 1,
  /**
   * A sentence of the kind the question asks for ("senior managers took immediate action"): the
   * first such is quoted, with its neighbours as they match, whatever words it shares.
   */
  favoured: (sentence: string) => boolean = () => false,
): ExcerptWindow {
  const sentences = segmentSentences(text);
  if (sentences.length === 0)
    return { start: 0, end: 0, truncatedBefore: false, truncatedAfter: false };
  const matches = findMatchedWords(text, matchedTerms);
  // A sentence scores the weight of the distinct terms it matches, so the one naming the topic
  // ("Supervision is ineffective…") beats one with more common words ("social workers…").
  const scoreOf = (sentence: SentenceSpan) =>
    [
      ...new Set(
        matches
          .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
          .map((m) => m.term),
      ),
    ].reduce((sum, term) => sum + termWeight(term), 0);
  const scores = sentences.map(scoreOf);
  const top = Math.max(0, ...scores);
  const chosen = sentences.findIndex((sentence) =>
    favoured(text.slice(sentence.start, sentence.end)),
  );
  if (chosen >= 0) scores[chosen] = top + 1;

  let best = 0;
  scores.forEach((score, i) => {
    if (score > (scores[best] ?? 0)) best = i;
  });
  const bestSentence = sentences[best] as SentenceSpan;
  if (bestSentence.end - bestSentence.start > maxChars) {
    return cutLongSentence(text, bestSentence, matches, maxChars);
  }

  let first = best;
  let last = best;
  const lengthWith = (from: number, to: number) =>
    (sentences[to]?.end ?? 0) - (sentences[from]?.start ?? 0);
  // Grow towards the neighbour that adds more matches; add context while the quote is short.
  for (;;) {
    const before =
      first > 0 && lengthWith(first - 1, last) <= maxChars ? (scores[first - 1] ?? 0) : -1;
    const after =
      last < sentences.length - 1 && lengthWith(first, last + 1) <= maxChars
        ? (scores[last + 1] ?? 0)
        : -1;
    const short = lengthWith(first, last) < maxChars / 2;
    if (after >= 0 && (after > 0 || short) && after >= before) last += 1;
    else if (before >= 0 && (before > 0 || short)) first -= 1;
    else break;
  }
  return {
    start: sentences[first]?.start ?? 0,
    end: sentences[last]?.end ?? text.length,
    truncatedBefore: false,
    truncatedAfter: false,
  };
}

function cutLongSentence(
  text: string,
  sentence: SentenceSpan,
  matches: MatchedWord[],
  maxChars: number,
): ExcerptWindow {
  const inside = matches.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  // Centre on the first match that leaves the most other matches within reach.
  let anchor = inside[0]?.start ?? sentence.start;
  let bestCount = -1;
  for (const match of inside) {
    const count = inside.filter(
      (m) => m.start >= match.start && m.end <= match.start + maxChars,
    ).length;
    if (count > bestCount) {
      bestCount = count;
      anchor = match.start;
    }
  }
  let start = Math.max(sentence.start, anchor - Math.floor(maxChars / 5));
  let end = Math.min(sentence.end, start + maxChars);
  start = Math.max(sentence.start, end - maxChars);
  const hardStart = start;
  const hardEnd = end;
  if (start > sentence.start) start = nextWordStart(text, start);
  if (end < sentence.end) end = previousWordEnd(text, end);
  // A run of text with no spaces (a long URL) has no word boundary to cut at: cut it hard.
  if (end <= start) {
    start = hardStart;
    end = hardEnd;
  }
  return {
    start,
    end,
    truncatedBefore: start > sentence.start,
    truncatedAfter: end < sentence.end,
  };
}

function nextWordStart(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/\s/.test(text[i - 1] ?? ' ')) i += 1;
  while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
  return i;
}

function previousWordEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/\s/.test(text[i] ?? ' ')) i -= 1;
  while (i > 0 && /[\s,;:]/.test(text[i - 1] ?? '')) i -= 1;
  return i;
}
