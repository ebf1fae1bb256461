import { contentStems } from '../search/analyse-term.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { type SynonymGroup, stemOf } from '../search/synonym-table.ts';
import { tokenize } from '../search/tokenize.ts';
import { isCommonSpokenWord } from '../text/common-spoken-words.ts';
import { countedHeadAt } from './counted-word.ts';
import { councilNameWords } from './without-council-name.ts';

/** Words that frame a count ("the current number of …") rather than say what is counted. */
const framingWords = new Set(['current', 'currently', 'total', 'actual', 'exact', 'overall']);

/**
 * Whether an excerpt speaks of the kind of thing counted, not only of its head word: "how many
 * looked after children" is not answered by "one child … is well cared for", nor "how many
 * agency social workers" by a count of all social workers. The head may be a sector term of
 * several words ("looked after children", "social workers"): a phrasing of it must then be
 * written out in the excerpt ("children in care"). A word before it that names a kind
 * ("agency", or "kids" of "kids homes", a synonym counting) must be there too, unless it is
 * phrasing ("new", "current"), the council's name ("hull kids") or a word the council's
 * documents never use, which no excerpt could hold. Any excerpt when the head stands alone.
 */
export function namesCountedKind(
  index: KnowledgeIndex,
  counted: string | undefined,
): (excerpt: string) => boolean {
  const words = tokenize(counted ?? '');
  const headAt = countedHeadAt(words);
  if (headAt < 0) return () => true;
  // Each phrasing as written, word by word, is in the synonym table already.
  const written = new Map<SynonymGroup, string[][]>();
  for (const variant of index.synonyms.variants) {
    written.set(variant.group, [...(written.get(variant.group) ?? []), variant.stems]);
  }
  const groups = index.synonyms.groups.map((group) => ({
    stems: group.terms.map((term) => contentStems(term)),
    written: written.get(group) ?? [],
  }));
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((stem, i) => stem === b[i]);
  const groupOf = (stems: readonly string[]) =>
    groups.find((group) => group.stems.some((term) => same(term, stems)));
  // The longest sector term that ends at the head: "social workers" of "agency social workers".
  let start = headAt;
  let compound: (typeof groups)[number] | undefined;
  for (let from = 0; from < headAt; from += 1) {
    compound = groupOf(contentStems(words.slice(from, headAt + 1).join(' ')));
    if (compound) {
      start = from;
      break;
    }
  }
  // The council's name and the short names people write for it ("banes kids").
  const councilNames = new Set([...councilNameWords(index)].map(stemOf));
  const modifiers = words
    .slice(0, start)
    .filter(
      (word) => !framingWords.has(word) && !isCommonSpokenWord(word) && index.passages.knows(word),
    )
    .flatMap((word) => contentStems(word))
    .filter((stem) => !councilNames.has(stem));
  // Each modifier with its one-word synonyms ("kids" for "children").
  const kinds = modifiers.map((modifier) => {
    const stems = new Set([modifier]);
    for (const group of groups) {
      if (!group.stems.some((term) => term.length === 1 && term[0] === modifier)) continue;
      for (const term of group.stems) if (term.length === 1) stems.add(term[0] ?? '');
    }
    return stems;
  });
  if (kinds.length === 0 && !compound) return () => true;
  return (excerpt) => {
    const sequence = tokenize(excerpt).map(stemOf);
    const stems = new Set(sequence);
    // A phrasing counts only as written, its words together: "children in care", not
    // "children's home" and "cared for" in one excerpt.
    const holds = (term: readonly string[]) =>
      sequence.some((_, at) => term.every((stem, i) => sequence[at + i] === stem));
    const namesCompound = !compound || compound.written.some(holds);
    const namesModifier =
      kinds.length === 0 || kinds.some((kind) => [...kind].some((stem) => stems.has(stem)));
    return namesCompound && namesModifier;
  };
}
