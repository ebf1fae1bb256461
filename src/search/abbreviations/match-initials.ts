/**
 * Words that an abbreviation may leave out or keep: "Department for Education (DfE)" keeps
 * "for", "director of children's services (DCS)" leaves "of" out.
 */
const smallWords = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * Where the phrase that `letters` abbreviates starts among `words` (the words just before the
 * parenthesis, in order), or -1 when the initials do not spell it. Each word gives its initial;
 * a small word may give none; a hyphenated word gives its first part's initial and may give
 * those of its other parts ("multi-agency" is M or MA). The phrase ends at the last word, which
 * must give a letter, and the first word, never a small one, must give the first letter.
 */
export function matchInitials(words: readonly string[], letters: string): number {
  const target = letters.toUpperCase();
  const match = (w: number, remaining: number): number => {
    if (w < 0) return -1;
    const word = words[w];
    if (word === undefined) return -1;
    for (const contribution of contributions(word)) {
      if (contribution === '') {
        // Skipped: never the phrase's last word, so the phrase ends on a word that counts.
        if (w === words.length - 1) continue;
        const start = match(w - 1, remaining);
        if (start >= 0) return start;
        continue;
      }
      const from = remaining - contribution.length;
      if (from < 0 || target.slice(from, remaining) !== contribution) continue;
      // A phrase never starts with a small word: "assessed and supported year in employment
      // (ASYE)" starts at "assessed", not "and".
      if (from === 0 && smallWords.has(word.toLowerCase())) continue;
      if (from === 0) return w;
      const start = match(w - 1, from);
      if (start >= 0) return start;
    }
    return -1;
  };
  return match(words.length - 1, target.length);
}

/** The letters one word may give, most letters first (a kept word before a skipped one). */
function contributions(word: string): string[] {
  const parts = word.split(/[-‐]/).filter((part) => part !== '');
  const first = parts[0];
  if (first === undefined) return [];
  const initial = (part: string) => part.charAt(0).toUpperCase();
  if (parts.length === 1) {
    return smallWords.has(word.toLowerCase()) ? [initial(word), ''] : [initial(word)];
  }
  // Every choice of the later parts' initials, in order, after the first part's.
  let options = [initial(first)];
  for (const part of parts.slice(1)) {
    options = options.flatMap((option) => [option + initial(part), option]);
  }
  return options;
}
