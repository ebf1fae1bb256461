import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: ReadonlySet<string> | undefined;

/**
 * Whether a word is an English word (the `word-list` package's 274,000, British spellings
 * included). A typo is a word that is not one: "dating" is a word, not a slip for "rating", so
 * a word like it is never mended into another or let through a gate on its likeness to one.
 * Read once, on first use (or at start, by `loadEnglishWords`).
 */
export function isEnglishWord(word: string): boolean {
  return englishWords().has(word.toLowerCase());
}

/**
 * Reads the list now (136 ms and 46 MiB, measured), so a process that will answer questions pays it
 * at start rather than on its first question.
 */
export function loadEnglishWords(): void {
  englishWords();
}

function englishWords(): ReadonlySet<string> {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words;
}
