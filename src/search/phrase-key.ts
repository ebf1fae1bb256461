import { analyseTerm } from './analyse-term.ts';
import { tokenize } from './tokenize.ts';

/**
 * What a phrase is to search: its content words' stems. Phrasings that differ only in case,
 * inflection or stop words ("Independent reviewing officers", "independent reviewing officer")
 * share a key.
 */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((word) => analyseTerm(word)?.[0] ?? '')
    .filter((term) => term !== '')
    .join(' ');
}
