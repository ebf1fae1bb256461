import { editDistance } from '../text/edit-distance.ts';
import { isEnglishWord } from '../text/english-words.ts';
import { analyseTerm } from './analyse-term.ts';
import type { SearchIndex } from './search-index.ts';
import { searchSettings } from './search-settings.ts';
import { tokenize } from './tokenize.ts';

/**
 * The question with each word its sources never use replaced by the commonest word they do use
 * that is a typo away ("safegaurding" → "safeguarding"), so question analysis and the gates see
 * the word that was meant. A word the sources know is never changed, so "courts" cannot become
 * "courses"; a short word, a stop word or one near nothing is left as typed.
 */
export function correctSpelling(
  text: string,
  index: SearchIndex,
  /** Spans of the text left as typed: the words that name a council ("lincs" is no "links"). */
  kept: readonly (readonly [number, number])[] = [],
): string {
  let words: readonly string[] | undefined;
  return text.replace(/\p{L}+/gu, (typed, offset: number) => {
    if (kept.some(([start, end]) => offset >= start && offset < end)) return typed;
    const word = tokenize(typed)[0];
    if (!word || word.length < searchSettings.fuzzyMinLength) return typed;
    if (!analyseTerm(word) || index.knows(word) || isEnglishWord(word)) return typed;
    words ??= index.vocabulary('', Number.POSITIVE_INFINITY);
    const nearest = nearestWord(word, words);
    return nearest ?? typed;
  });
}

/**
 * The commonest word (the vocabulary is ordered by frequency) one slip of the keyboard away: a
 * letter missed, doubled, swapped or changed. Only a word that is no English word is mended, so
 * a changed letter cannot turn one word into another (trams / teams, charge / change).
 */
function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  return vocabulary.find(
    (candidate) =>
      // A typo keeps the first letter; a different first letter is most often a different word.
      candidate[0] === word[0] &&
      Math.abs(candidate.length - word.length) <= 1 &&
      editDistance(word, candidate) === 1,
  );
}
