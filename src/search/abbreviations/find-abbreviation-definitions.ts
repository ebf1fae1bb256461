import { matchInitials } from './match-initials.ts';

/** A phrase and the abbreviation a text gives for it: "multi-agency safeguarding hub (MASH)". */
export interface AbbreviationDefinition {
  /** As written, without a plural "s": "IRO" for "(IROs)". */
  abbreviation: string;
  /** The words it stands for, as written. */
  phrase: string;
}

/** A parenthesised abbreviation: a capital, then letters (and "&", as in "B&NES"). */
const parenthesised = /\(([A-Z][A-Za-z&]{1,11})\)/g;
/** A word, hyphenated parts and apostrophes included ("multi-agency", "children’s"). */
const wordPattern = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;
/** Where the phrase before an abbreviation cannot reach back past: the end of a clause. */
const clauseEnd = /[.;:!?()[\]\n–—]/g;
/** How far before the parenthesis a phrase may start, in characters. */
const lookBack = 200;

/**
 * Every "phrase (ABBR)" in a text whose abbreviation spells the initials of the words just
 * before it (see matchInitials). An abbreviation needs two capitals or four letters, so a
 * capitalised word in brackets ("(Review)") is not read as one unless its initials match.
 */
export function findAbbreviationDefinitions(text: string): AbbreviationDefinition[] {
  const found: AbbreviationDefinition[] = [];
  for (const match of text.matchAll(parenthesised)) {
    const written = match[1] ?? '';
    const letters = written.replace(/&/g, '');
    if (!/[A-Z].*[A-Z]/.test(letters) && letters.length < 4) continue;
    const words = wordsBefore(text, match.index);
    const definition = define(words, written, letters);
    if (definition) found.push(definition);
  }
  return found;
}

function define(
  words: string[],
  written: string,
  letters: string,
): AbbreviationDefinition | undefined {
  // "(IROs)": the plural of IRO, unless the "s" is one of the initials ("Cafcass").
  const readings = [{ abbreviation: written, letters }];
  if (/[A-Z]{2,}s$/.test(written)) {
    readings.push({ abbreviation: written.slice(0, -1), letters: letters.slice(0, -1) });
  }
  for (const reading of readings) {
    const start = matchInitials(words, reading.letters);
    if (start >= 0) {
      return { abbreviation: reading.abbreviation, phrase: words.slice(start).join(' ') };
    }
  }
  return undefined;
}

/** The words of the clause before `end` (at most `lookBack` characters of it), commas left out. */
function wordsBefore(text: string, end: number): string[] {
  const from = Math.max(0, end - lookBack);
  let clause = text.slice(from, end);
  let boundary = -1;
  for (const stop of clause.matchAll(clauseEnd)) boundary = stop.index;
  clause = clause.slice(boundary + 1);
  return [...clause.matchAll(wordPattern)].map((word) => word[0]);
}
