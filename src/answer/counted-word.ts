import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { stemOf } from '../search/synonym-table.ts';
import { tokenize } from '../search/tokenize.ts';

const irregularPlurals = new Set(['children', 'people', 'men', 'women', 'staff']);

/** A plural-looking word: "kids", "carers", "children", but not "address" or "was". */
function isPlural(word: string): boolean {
  return irregularPlurals.has(word) || (word.length > 3 && /[^su]s$/.test(word));
}

/**
 * Where the head of what "how many" counts stands, -1 for no words. The phrase runs on to a
 * stop word, so it may hold a verb ("kids ended up"): its last plural is the head ("carers" of
 * "foster carers", "kids" of "hull kids ended up", "workers" of "children's social workers"),
 * else its last word.
 */
export function countedHeadAt(words: readonly string[]): number {
  const plural = words.findLastIndex(isPlural);
  return plural < 0 ? words.length - 1 : plural;
}

/**
 * Whether a word of an excerpt names what "how many" counts: its head word ("carers" of "foster
 * carers"), or the head word of a synonym of it ("kids" counts children). Any word when the
 * question does not say what it counts.
 */
export function countedWord(
  index: KnowledgeIndex,
  counted: string | undefined,
): (word: string) => boolean {
  const words = tokenize(counted ?? '');
  const head = words[countedHeadAt(words)];
  if (head === undefined) return () => true;
  const headStem = stemOf(head);
  const stems = new Set([headStem]);
  for (const group of index.synonyms.groups) {
    const phrasings = group.terms.map((term) => tokenize(term));
    const namesHead = phrasings.some(
      (words) => words.length === 1 && stemOf(words[0] ?? '') === headStem,
    );
    if (!namesHead) continue;
    for (const words of phrasings) stems.add(stemOf(words.at(-1) ?? ''));
  }
  return (word) => stems.has(stemOf(tokenize(word)[0] ?? ''));
}
