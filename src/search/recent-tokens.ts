import { type Token, tokenizeWithOffsets } from './tokenize.ts';

/** How many passages' words are kept: a few queries' candidates, a few MB at most. */
const maxTexts = 2_000;
const recent = new Map<string, readonly Token[]>();

/**
 * The words of a text, remembered for the texts most recently asked for. Answering tokenizes
 * the same candidate passage several times (to weigh its matches, to pick the sentences to
 * quote, to highlight them), and the next question about a topic asks for the same passages.
 * Index building tokenizes each passage once and does not come here.
 */
export function recentTokens(text: string): readonly Token[] {
  const known = recent.get(text);
  if (known !== undefined) {
    // Most recently used last, so the oldest is first to go.
    recent.delete(text);
    recent.set(text, known);
    return known;
  }
  const tokens = Object.freeze(tokenizeWithOffsets(text));
  recent.set(text, tokens);
  if (recent.size > maxTexts) recent.delete(recent.keys().next().value as string);
  return tokens;
}
