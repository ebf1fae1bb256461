import { stemmer } from 'stemmer';
import { irregularWords } from './irregular-words.ts';
import { stopWords } from './stop-words.ts';
import { tokenize } from './tokenize.ts';

/**
 * Turns a folded word into the terms the index stores: nothing for a stop word, else the Porter
 * stem (so "supervised" meets "supervision") and the word itself (so a misspelling is still one
 * edit from a stored term: "caseloeds" → "caseloads"). Shared by indexing and search.
 */
export function analyseTerm(word: string): string[] | null {
  const known = analysed.get(word);
  if (known !== undefined) return known;
  // Frozen, as every caller shares it: a change would corrupt the word for all that follow.
  const terms = analyseFresh(word);
  if (terms) Object.freeze(terms);
  // A vocabulary is finite, but a stream of odd tokens (ids, typos) is not: start again when full.
  if (analysed.size >= maxRemembered) analysed.clear();
  analysed.set(word, terms);
  return terms;
}

/** The Porter stems of a text's content words, in order (stop words have none). */
export function contentStems(text: string): string[] {
  return tokenize(text).flatMap((word) => analyseTerm(word)?.slice(0, 1) ?? []);
}

/**
 * Words already analysed. Stemming is pure and the same few thousand words recur in every
 * passage, so remembering them spares the stemmer on each of the tens of thousands of words a
 * query's candidate passages hold (a third of a query's time before).
 */
const analysed = new Map<string, string[] | null>();
const maxRemembered = 100_000;

function analyseFresh(word: string): string[] | null {
  if (word.length < 2 && !/\d/.test(word)) return null;
  if (stopWords.has(word)) return null;
  const plain = word.replace(/'/g, '');
  if (/^\d+$/.test(plain)) return [plain];
  const stem = stemmer(irregularWords.get(plain) ?? plain);
  return stem === plain ? [plain] : [stem, plain];
}
