/**
 * The spellings of chat for the words a question's reading turns on ("wot did sandwell get",
 * "wen did ofsted come", "hw long"): questions come from Discord, typed as people text. Each
 * stands for a function word, which search ignores as it ignores the word (stop-words.ts).
 * Only spellings with no other meaning are here: "u", "r", "y" and "cos" are letters or words in
 * their own right ("Child U", "U-turn", "16 y o", "cos of living").
 */
const chatSpellings: ReadonlyMap<string, string> = new Map([
  ['wot', 'what'],
  ['wat', 'what'],
  ['wots', "what's"],
  ['wats', "what's"],
  ['wen', 'when'],
  ['hw', 'how'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['b4', 'before'],
  ['tho', 'though'],
  ['til', 'until'],
]);

const chatWord = new RegExp(`\\b(${[...chatSpellings.keys()].join('|')})\\b`, 'gi');

/** The chat spellings, which search ignores as it ignores the function words they stand for. */
export const chatSpellingWords: readonly string[] = [...chatSpellings.keys()];

/** A question with chat spellings written as the words they stand for. */
export function withStandardSpellings(text: string): string {
  return text.replace(chatWord, (word) => chatSpellings.get(word.toLowerCase()) ?? word);
}
