import { tokenizeWithOffsets } from './tokenize.ts';

/** How many words in a row make a quotation rather than a shared phrase. */
export const quoteRunWords = 8;

/** Where each run of words in the indexed texts occurs. */
export type ShingleIndex = ReadonlyMap<string, readonly string[]>;

/** Every run of `quoteRunWords` folded words in a text, as keys. */
export function shinglesOf(text: string): string[] {
  const words = tokenizeWithOffsets(text).map((token) => token.word);
  const shingles: string[] = [];
  for (let i = 0; i + quoteRunWords <= words.length; i += 1) {
    shingles.push(words.slice(i, i + quoteRunWords).join(' '));
  }
  return shingles;
}

/** Indexes texts by their word runs, so a quotation of any of them can be traced back. */
export function buildShingleIndex(
  texts: ReadonlyArray<{ id: string; text: string }>,
): ShingleIndex {
  const index = new Map<string, string[]>();
  for (const { id, text } of texts) {
    for (const shingle of new Set(shinglesOf(text))) {
      const ids = index.get(shingle) ?? [];
      ids.push(id);
      index.set(shingle, ids);
    }
  }
  return index;
}
