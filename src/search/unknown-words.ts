import { isCommonSpokenWord } from '../text/common-spoken-words.ts';
import { isEnglishWord } from '../text/english-words.ts';
import type { SearchIndex } from './search-index.ts';
import { stopWords } from './stop-words.ts';
import { tokenize } from './tokenize.ts';

/**
 * The share of a question's content words that its council's documents never use (typos
 * and synonyms forgiven, as search forgives them). A question mostly about things the reports never mention
 * ("protect my garden from foxes", "child-friendly restaurants") is not about them, however
 * many sector words it shares.
 */
export function unknownWordShare(
  index: SearchIndex,
  question: string,
  ignore: ReadonlySet<string>,
): number {
  const words = contentWords(question, ignore);
  if (words.length === 0) return 0;
  return words.filter((word) => !knownWord(index, word)).length / words.length;
}

function contentWords(question: string, ignore: ReadonlySet<string>): string[] {
  return tokenize(question).filter(
    (word) => word.length > 2 && !stopWords.has(word) && !ignore.has(word) && !/^\d+$/.test(word),
  );
}

/**
 * A word is known when searching for it alone finds a passage that says it: synonyms, stems and
 * typos count as they do for answers. An English word is no one's typo: "dating" is unknown to
 * documents that say "rating". A word the documents use in another form ("violent" where they say
 * "violence") is known too. A word of everyday speech ("came", "bad") is phrasing, never a sign
 * that a question is about something else.
 */
function knownWord(index: SearchIndex, word: string): boolean {
  return (
    isCommonSpokenWord(word) ||
    index.search(word, { limit: 1, fuzzy: !isEnglishWord(word) }).some((hit) => hit.coverage > 0) ||
    index.relatives(word).length > 0
  );
}
