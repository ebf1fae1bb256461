import { tokenize } from './tokenize.ts';

/** Phrasings that name one thing: a query naming any one also searches for the others. */
export interface SynonymGroup {
  terms: readonly string[];
  /**
   * The terms whose words alone mark a question as about children's services: all of a
   * glossary entry's unless it says `on_topic: false`; only the abbreviation of a learned one,
   * whose phrase may be ordinary words ("Croydon", "support").
   */
  topicTerms: readonly string[];
}

/** One phrasing of a group, as the words a query must contain to name it. */
export interface SynonymVariant {
  text: string;
  tokens: string[];
  group: SynonymGroup;
}

/** A council's synonym groups, ready to recognise in queries (longest phrasings first). */
export interface SynonymTable {
  groups: readonly SynonymGroup[];
  variants: readonly SynonymVariant[];
}

/** Compiles groups once, so planning a query does not tokenize the glossary again. */
export function synonymTable(groups: readonly SynonymGroup[]): SynonymTable {
  const variants = groups
    .flatMap((group) => group.terms.map((text) => ({ text, tokens: tokenize(text), group })))
    .filter((variant) => variant.tokens.length > 0)
    // Stable: of two phrasings as long, the earlier group's wins.
    .sort((a, b) => b.tokens.length - a.tokens.length);
  return { groups, variants };
}

/** No synonyms: every word stands for itself. */
export const noSynonyms: SynonymTable = synonymTable([]);
