/** The grades Ofsted's frameworks use, longest first so "requires improvement to be good" wins. */
const grades: ReadonlyArray<[RegExp, string]> = [
  [/^requires? (?:further )?improvements? to be good$/i, 'Requires improvement to be good'],
  [/^requires? improvement$/i, 'Requires improvement'],
  [/^outstanding$/i, 'Outstanding'],
  [/^good$/i, 'Good'],
  [/^adequate$/i, 'Adequate'],
  [/^inadequate$/i, 'Inadequate'],
];

/** A grade phrase anywhere in a line, for grade tables whose cells come out in a jumbled order. */
export const gradePhrase =
  /\b(?:requires? improvement(?: to be good)?|outstanding|good|adequate|inadequate)\b/gi;

/**
 * The framework's own words for a printed grade ("requires improvement to be good." →
 * "Requires improvement to be good"), or undefined when the words are not a grade.
 */
export function gradeWords(printed: string): string | undefined {
  const phrase = printed
    .trim()
    .replace(/[.:;,]+$/, '')
    .replace(/^(?:is|are|it is|they are)\s+/i, '')
    .replace(/\s+/g, ' ');
  return grades.find(([pattern]) => pattern.test(phrase))?.[1];
}

/** True when two grades say the same, one perhaps cut short ("Requires improvement" [to be good]). */
export function gradesAgree(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a);
}
