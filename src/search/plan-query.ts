import { analyseTerm } from './analyse-term.ts';
import { type SynonymTable, stemOf } from './synonym-table.ts';
import { tokenize } from './tokenize.ts';

/**
 * One thing the user asked about: a word, or a phrase from a synonym group with the group's
 * other phrasings as alternatives. Coverage is judged per concept, not per word.
 */
export interface QueryConcept {
  label: string;
  /** Phrasings to search; the first is what the user typed. */
  alternatives: string[];
  /** Per alternative, its content words, each as the terms the index stores for it. */
  words: string[][][];
}

/** Queries longer than this many concepts are cut: nobody types them, and they slow search. */
export const maxConcepts = 24;

/**
 * Splits a query into concepts, recognising the council's synonym phrases first (longest
 * first): the glossary's and the abbreviations its documents spell out.
 */
export function planQuery(query: string, synonyms: SynonymTable): QueryConcept[] {
  const tokens = tokenize(query);
  const stems = tokens.map(stemOf);
  const concepts = new Map<string, QueryConcept>();
  let i = 0;
  while (i < tokens.length && concepts.size < maxConcepts) {
    // By stem: "independent reviewing officers" names the "independent review officer (IRO)".
    // Of phrasings as long, one written as the user wrote it wins: "judges" is the judiciary
    // entry's "judges", not the ratings' "judged", which shares its stem.
    const matching = synonyms.variants.filter((candidate) =>
      candidate.stems.every((stem, k) => stems[i + k] === stem),
    );
    const variant =
      matching.find(
        (candidate) =>
          candidate.tokens.length === matching[0]?.tokens.length &&
          candidate.tokens.every((token, k) => tokens[i + k] === token),
      ) ?? matching[0];
    if (variant) {
      const others = variant.group.terms.filter((text) => text !== variant.text);
      addConcept(concepts, variant.text, [variant.text, ...others]);
      i += variant.tokens.length;
      continue;
    }
    const word = tokens[i] ?? '';
    if (analyseTerm(word)) addConcept(concepts, word, [word]);
    i += 1;
  }
  return [...concepts.values()];
}

function addConcept(concepts: Map<string, QueryConcept>, label: string, alternatives: string[]) {
  const key = label.toLowerCase();
  if (concepts.has(key)) return;
  const words = alternatives.map((text) =>
    tokenize(text)
      .map((word) => analyseTerm(word))
      .filter((terms): terms is string[] => terms !== null),
  );
  concepts.set(key, { label, alternatives, words });
}
