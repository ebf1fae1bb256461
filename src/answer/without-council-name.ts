import { councilAliases } from '../knowledge/councils/council-aliases.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { tokenize, tokenizeWithOffsets } from '../search/tokenize.ts';

/**
 * The words of the council names a council's documents are about ("croydon"; "kingston",
 * "upon", "hull"), and of the short names people write for them ("BCP", "BANES"). Every passage
 * of a council's index is about that council, so its name tells no passage from another: as a
 * search word it only rewards passages that happen to print it. Every candidate short name is
 * taken, even one the directory drops because two councils share it: here it is only ever a
 * word of this council's own questions.
 */
export function councilNameWords(index: KnowledgeIndex): ReadonlySet<string> {
  // Asked several times per question (search, the gate, list topics); an index's documents are
  // fixed, so its names are worked out once.
  const known = nameWordsOf.get(index);
  if (known) return known;
  const names = new Set(
    index.knowledgeBase.documents.flatMap((document) =>
      document.meta.council ? [document.meta.council.name] : [],
    ),
  );
  const words = new Set(
    [...names].flatMap((name) => {
      const { exact, derived, capitals } = councilAliases(name);
      return [name, ...exact, ...derived, ...capitals].flatMap(tokenize);
    }),
  );
  nameWordsOf.set(index, words);
  return words;
}
const nameWordsOf = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();

/** The text without the words of its council's name ("adoption in Croydon" → "adoption in"). */
export function withoutCouncilName(text: string, nameWords: ReadonlySet<string>): string {
  let kept = '';
  let from = 0;
  for (const token of tokenizeWithOffsets(text)) {
    if (!nameWords.has(token.word)) continue;
    kept += text.slice(from, token.start);
    from = token.end;
  }
  return (kept + text.slice(from)).replace(/\s+/g, ' ').trim();
}
