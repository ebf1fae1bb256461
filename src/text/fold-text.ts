const punctuationFolds: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' '],
  [/\u2026/g, '...'],
];

/**
 * Folds text for matching: Unicode compatibility forms, accents removed, curly quotes and dashes
 * made plain, lower case. Only for comparing; what users see is always the original text.
 */
export function foldText(text: string): string {
  // Punctuation first: NFKD would turn a spacing accent used as an apostrophe (´) into a space.
  let folded = text;
  for (const [pattern, replacement] of punctuationFolds) {
    folded = folded.replace(pattern, replacement);
  }
  return folded
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
