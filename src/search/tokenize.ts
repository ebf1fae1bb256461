import { foldText } from '../text/fold-text.ts';

/** A word of a text: its folded form and its offsets in the original text. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['\u2019&][\p{L}\p{N}]+)*/gu;
const plainAscii = /^[A-Za-z0-9']*$/;

/**
 * Folds one word. Most words of English reports are plain ASCII, for which folding is only
 * lower-casing; skipping the Unicode passes made tokenizing (run on every candidate passage of
 * every query to find the words to highlight) about twice as fast.
 */
function foldWord(word: string): string {
  return plainAscii.test(word) ? word.toLowerCase() : foldText(word);
}

/**
 * Splits text into words with offsets into the original. Hyphenated words become their parts,
 * a possessive "'s" is dropped ("children’s" → "children"), and every word is folded.
 */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = foldWord(match[0]).replace(/'s$/, '');
    tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The folded words of a text, as MiniSearch's `tokenize` option takes them. */
export function tokenize(text: string): string[] {
  return tokenizeWithOffsets(text).map((token) => token.word);
}
