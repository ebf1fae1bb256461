import type { Passage } from '../../knowledge/knowledge-document.ts';

const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Whether the passages ever write a word (given in lower case) in lower case, as a word of its
 * own or with a possessive ("children’s"). Asked only of the few words abbreviations bring up,
 * and remembered: scanning every word of a large council's documents would cost far more.
 */
export function lowerCaseUsage(passages: readonly Passage[]): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let used = known.get(word);
    if (used === undefined) {
      used = word !== '' && passages.some((passage) => writes(passage.text, word));
      known.set(word, used);
    }
    return used;
  };
}

function writes(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.slice(at + word.length, at + word.length + 3);
    if (before !== '' && wordCharacter.test(before)) continue;
    if (
      after === '' ||
      (!wordCharacter.test(after.charAt(0)) && !/^['’]s[\p{L}\p{N}]/u.test(after))
    ) {
      return true;
    }
  }
  return false;
}
