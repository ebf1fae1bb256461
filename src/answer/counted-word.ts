import { contentStems } from '../search/analyse-term.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { stemOf } from '../search/synonym-table.ts';
import { tokenize } from '../search/tokenize.ts';

const irregularPlurals = new Set(['children', 'people', 'men', 'women', 'staff']);

/** A plural-looking word: "kids", "carers", "children", but not "address" or "was". */
function isPlural(word: string): boolean {
  return irregularPlurals.has(word) || (word.length > 3 && /[^su]s$/.test(word));
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
  // The phrase runs on to a stop word, so it may hold a verb ("kids ended up"): its last plural
  // is the head ("carers" of "foster carers", "kids" of "hull kids ended up", "workers" of
  // "children's social workers"), else its last word.
  const head = words.findLast(isPlural) ?? words.at(-1);
  if (head === undefined) return () => true;
  const headStem = stemOf(head);
  const stems = new Set([headStem]);
  for (const group of index.synonyms.groups) {
    const phrasings = group.terms.map((term) => tokenize(term));
    // An abbreviation's plural names it too ("dcss" of "DCSs").
    const namesHead = phrasings.some(
      (words) =>
        words.length === 1 && (stemOf(words[0] ?? '') === headStem || `${words[0]}s` === head),
    );
    if (!namesHead) continue;
    for (const words of phrasings) stems.add(stemOf(words.at(-1) ?? ''));
  }
  return (word) => stems.has(stemOf(tokenize(word)[0] ?? ''));
}

/**
 * Whether an excerpt speaks of the kind of thing counted, not only of its head word: "how many
 * looked after children" is not answered by "one child living in an unregistered home", nor
 * "how many agency social workers" by a count of social workers. A word before the head
 * ("looked", "agency"), or a one-word synonym of it ("kids" for "children"), or a synonym of the
 * whole phrase written out ("children in care") must be in it. A council's name is no kind
 * ("hull kids"), and any excerpt passes when the head stands alone.
 */
export function namesCountedKind(
  index: KnowledgeIndex,
  counted: string | undefined,
): (excerpt: string) => boolean {
  const words = tokenize(counted ?? '');
  const found = words.findLastIndex(isPlural);
  const headAt = found < 0 ? words.length - 1 : found;
  const councilNames = new Set(
    index.knowledgeBase.documents.flatMap((document) =>
      contentStems(document.meta.council?.name ?? ''),
    ),
  );
  const modifiers = contentStems(words.slice(0, Math.max(headAt, 0)).join(' ')).filter(
    (stem) => !councilNames.has(stem),
  );
  if (modifiers.length === 0) return () => true;
  const phrase = contentStems(words.slice(0, headAt + 1).join(' '));
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((stem, i) => stem === b[i]);
  const groups = index.synonyms.groups.map((group) =>
    group.terms.map((term) => contentStems(term)),
  );
  // Each modifier with its one-word synonyms, and every phrasing of the whole phrase.
  const kinds = modifiers.map((modifier) => {
    const stems = new Set([modifier]);
    for (const terms of groups) {
      if (!terms.some((term) => term.length === 1 && term[0] === modifier)) continue;
      for (const term of terms) if (term.length === 1) stems.add(term[0] ?? '');
    }
    return stems;
  });
  const phrasings = index.synonyms.groups
    .filter((group) => group.terms.some((term) => same(contentStems(term), phrase)))
    .flatMap((group) => group.terms.map((term) => tokenize(term).map(stemOf)))
    .filter((stems) => stems.length > 0);
  return (excerpt) => {
    const sequence = tokenize(excerpt).map(stemOf);
    const stems = new Set(sequence);
    // A phrasing counts only as written, its words together: "children in care", not
    // "children's home" and "cared for" in one excerpt.
    const holds = (term: readonly string[]) =>
      sequence.some((_, at) => term.every((stem, i) => sequence[at + i] === stem));
    const named = (kind: ReadonlySet<string>) => [...kind].some((stem) => stems.has(stem));
    // The word next to the head may make one name with it ("social workers"): then another
    // before it must be there ("agency", or "mainstream" of "new mainstream foster carers").
    const distinct = kinds.length === 1 ? kinds : kinds.slice(0, -1);
    return distinct.some(named) || phrasings.some(holds);
  };
}
