import { stemmer } from 'stemmer';
import { irregularWords } from './irregular-words.ts';
import { stopWords } from './stop-words.ts';

/**
 * Turns a folded word into the terms the index stores: nothing for a stop word, else the Porter
 * stem (so "supervised" meets "supervision") and the word itself (so a misspelling is still one
 * edit from a stored term: "caseloeds" → "caseloads"). Shared by indexing and search.
 */
export function analyseTerm(word: string): string[] | null {
  if (word.length < 2 && !/\d/.test(word)) return null;
  if (stopWords.has(word)) return null;
  const plain = word.replace(/'/g, '');
  if (/^\d+$/.test(plain)) return [plain];
  const stem = stemmer(irregularWords.get(plain) ?? plain);
  return stem === plain ? [plain] : [stem, plain];
}
