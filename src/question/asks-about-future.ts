/** Words that put a "when" question in the future: "when will …", "next due", "going to". */
const futureWords =
  /\b(will|shall|next|due to|going to|upcoming|expected to|scheduled|planned|coming up)\b/i;
/** One word of those, as a search matches it ("due" of "due to"). */
const futureWord = /^(will|shall|next|due|going|upcoming|expected|scheduled|planned|coming)$/i;
/** A past tense that makes "next" a past event: "when was the next inspection after 2017?". */
const pastWords = /\b(did|was|were|had|happened|took place)\b/i;

/**
 * Whether a question asks when something is still to happen ("When is Ofsted next due to
 * inspect?"). Reports say what inspectors found, so the dates they print are past events and
 * do not answer it.
 */
export function asksAboutFuture(question: string): boolean {
  return futureWords.test(question) && !pastWords.test(question);
}

/**
 * Whether a text dates something still to come, as an answer about the future must: a word of
 * the future and a year or month ("the next monitoring visit will be in March 2025"), not "next
 * steps" or a past inspection's dates.
 */
export function datesTheFuture(text: string): boolean {
  return futureWords.test(text) && when.test(text);
}

/**
 * Whether the words a text matched name the event asked about, not only its time: in "When is
 * Ofsted next due to inspect?" a text matching only "due" ("due to be implemented in April")
 * dates something else.
 */
export function namesMoreThanTheFuture(matchedWords: readonly string[]): boolean {
  return matchedWords.some((word) => !futureWord.test(word));
}

const when =
  /\b(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
