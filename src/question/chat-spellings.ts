/**
 * The spellings of chat for the words a question's reading turns on ("wot did sandwell get",
 * "wen did ofsted come", "hw long"): questions come from Discord, typed as people text. Each
 * stands for a function word, which search ignores (stop-words.ts lists these spellings too).
 * Only spellings with no other meaning are here: "r", "y" and "cos" are letters or words in
 * their own right ("Child R", "16 y o", "cos of living").
 */
const chatSpellings: ReadonlyMap<string, string> = new Map([
  ['wot', 'what'],
  ['wat', 'what'],
  ['wots', "what's"],
  ['wats', "what's"],
  ['wen', 'when'],
  ['hw', 'how'],
  ['u', 'you'],
  ['ur', 'your'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['b4', 'before'],
  ['tho', 'though'],
  ['til', 'until'],
]);

const chatWord = new RegExp(`\\b(${[...chatSpellings.keys()].join('|')})\\b`, 'gi');

/** A question with chat spellings written as the words they stand for. */
export function withStandardSpellings(text: string): string {
  return text.replace(chatWord, (word) => chatSpellings.get(word.toLowerCase()) ?? word);
}
