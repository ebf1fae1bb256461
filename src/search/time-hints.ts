/** When a question is about: years it names, or "now" (the latest inspection). */
export interface TimeHints {
  years: number[];
  latest: boolean;
  /** Asked in the present tense ("how does … work?"): about now, unless a year says otherwise. */
  present: boolean;
  /** The question without those words, for text search. */
  text: string;
}

const yearPattern = /\b(19[5-9]\d|20\d\d)\b/g;
const presentPattern =
  /^\s*(how (well |good |effective |safe )?(does|do|is|are)|(does|do|is|are)\b|what (is|are)\b|what support (do|does)|is there|are there)/i;
const latestPattern =
  /\b(current(?:ly)?|latest|now|nowadays|today|recent(?:ly)?|most recent|at present|these days)\b/gi;

/**
 * Takes the time out of a question: "supervision in 2017" searches for supervision and prefers
 * 2017 sources, because a year is a date to match, not a word to find in the text.
 */
export function extractTimeHints(question: string): TimeHints {
  const years = [...question.matchAll(yearPattern)].map((match) => Number(match[1]));
  const latest = latestPattern.test(question);
  latestPattern.lastIndex = 0;
  const text = question
    .replace(yearPattern, ' ')
    .replace(latestPattern, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { years: [...new Set(years)], latest, present: presentPattern.test(question), text };
}

const beforeYearPattern =
  /\b(?:before|prior to|previous to|preceding)\s+(?:the\s+)?(19[5-9]\d|20\d\d)\b/gi;

/**
 * Resolves "before 2017" to the year of the last inspection before it (2012), so the question
 * matches that inspection rather than the one it names as a landmark. Other text is unchanged.
 */
export function resolveYearsBefore(question: string, inspectionYears: readonly number[]): string {
  return question.replace(beforeYearPattern, (phrase, year: string) => {
    const earlier = inspectionYears.filter((candidate) => candidate < Number(year));
    return earlier.length > 0 ? String(Math.max(...earlier)) : phrase;
  });
}
