import { analyseTerm } from './analyse-term.ts';
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
  /** Each token's stem, so "independent reviewing officers" names "independent review officer". */
  stems: string[];
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
    .flatMap((group) =>
      group.terms.map((text) => {
        const tokens = tokenize(text);
        return { text, tokens, stems: tokens.map(stemOf), group };
      }),
    )
    .filter((variant) => variant.tokens.length > 0)
    // Stable: of two phrasings as long, the earlier group's wins.
    .sort((a, b) => b.tokens.length - a.tokens.length);
  return { groups, variants };
}

/** A word's stem, or the word itself when it has none (a stop word inside a phrase: "looked after"). */
export function stemOf(word: string): string {
  return analyseTerm(word)?.[0] ?? word;
}

/** No synonyms: every word stands for itself. */
export const noSynonyms: SynonymTable = synonymTable([]);
