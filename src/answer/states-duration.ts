/**
 * Whether a text states how long something took or lasted, which is what "how long …" asks: a
 * number of hours, days, weeks, months or years ("around three months", "18 months ago",
 * "within 24 hours"), a start it has run from ("in post since July 2016"), or a span of dates
 * ("14 to 25 October 2024", "20 June – 13 July 2017"). "For too long" says no length, nor an
 * age ("17 years old").
 */
export function statesADuration(text: string): boolean {
  return duration.test(text) || since.test(text) || dateSpan.test(text);
}

const count = String.raw`(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|a few|a couple of)`;
const duration = new RegExp(
  // "16 and 17 years old", "17 year olds": an age, not a length of time.
  String.raw`\b${count}(?:\s*(?:-|–|to)\s*${count})?\s+(?:working\s+)?(?:hours?|days?|weeks?|months?|years?)\b(?![\s-]+olds?\b)`,
  'i',
);
const month =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const since = new RegExp(String.raw`\bsince\s+(?:(?:\d{1,2}\s+)?${month}\s+)?(?:19|20)\d\d\b`, 'i');
const dateSpan = new RegExp(
  String.raw`\b\d{1,2}(?:\s+${month})?(?:\s+(?:19|20)\d\d)?\s*(?:-|–|to)\s*\d{1,2}\s+${month}(?:\s+(?:19|20)\d\d)?\b`,
  'i',
);
