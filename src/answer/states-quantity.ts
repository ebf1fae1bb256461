/**
 * Whether a text states a quantity: a count or a share ("705 care leavers", "eight inspectors",
 * "78%", "a third"), which is what "how many …" and "what percentage …" ask for. Reports are
 * full of numbers that count nothing: years, dates, ages, times and ordinals ("in 2017",
 * "4 September", "aged 16", "the 16th birthday"); a text holding only those does not answer.
 */
export function statesAQuantity(text: string): boolean {
  return quantitySpans(text).length > 0;
}

/** Where a text states its quantities, as offsets into it: what `statesAQuantity` finds. */
export function quantitySpans(text: string): Array<[number, number]> {
  // Blanked to the same length, so what is left keeps its offsets into the text.
  const cleared = text.replace(notCounts, (match) => ' '.repeat(match.length));
  return [...cleared.matchAll(quantity)].map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
}

/**
 * Where a text states how many of something there are: a count, or a share of the thing it
 * names next ("78% of care leavers", "(78%) of", "half of them"). "How many foster carers" is
 * not answered by "70.3% were placed with foster carers": that share is of children.
 */
export function countSpans(text: string): Array<[number, number]> {
  return quantitySpans(text).filter(([start, end]) => {
    const figure = text.slice(start, end);
    const after = text.slice(end);
    const share = figure.endsWith('%') || perCent.test(after) || shareWord.test(figure);
    return !share || shareOf.test(after.replace(perCent, ''));
  });
}
const perCent = /^\s*per\s?cent\b/i;
const shareWord = /^(half|halves|thirds?|quarters?)$/i;
const shareOf = /^\)?\s*of\b/i;

const month =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Numbers that name a time, an age or a place in a sequence rather than count anything. */
const notCounts = new RegExp(
  [
    // A year, a span of years or a financial year ("2017", "2008-14", "2025/26"), not a share.
    String.raw`\b(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?\b(?!\s*(?:%|per\s?cent))`,
    // A date either way round ("4 September", "September 4"), or a range of days ("14 to 25 October").
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+${month}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${month}\b`,
    String.raw`\b${month}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    // An age ("aged 16", "age of 18", "18 years old", "16- and 17-year-olds", "18s", "the 16+ team").
    String.raw`\b(?:aged?|ages|age of)\s+(?:over\s+|under\s+)?\d{1,2}(?:-?\s*(?:-|–|to|and)\s*\d{1,2})?\b`,
    String.raw`\b\d{1,2}(?:-?\s*(?:-|–|to|and)\s*\d{1,2})?[\s-]+years?(?:[\s-]+olds?|\s+of\s+age)\b`,
    String.raw`\b\d{1,2}s\b|\b\d{1,2}\+`,
    // An ordinal, a time of day, a paragraph or page reference.
    String.raw`\b\d+(?:st|nd|rd|th)\b`,
    String.raw`\b\d{1,2}[:.]\d\d\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b`,
    String.raw`\b(?:para(?:graph)?s?|page|pp?\.|section|grade|year)\s+\d+\b`,
    // "One" that counts nothing: "one or more children", "no one", "one-to-one", "a one-off".
    String.raw`\b(?:one or more|no one|one[\s-]to[\s-]one|one[\s-]off|one another|at any one time)\b`,
    // A name that carries a number, joined by a hyphen ("COVID-19") or inside it ("Together4children").
    String.raw`\b[a-z]+-\d+\b|\b[a-z]+\d+[a-z]+\b`,
    // A label that numbers a part of a framework or a report ("key stage 1", "Outcome 1").
    String.raw`\b(?:stage|outcome|enabler|level|tier|step|phase|part|chapter|table|figure|annex|appendix)\s+\d{1,2}\b(?!\s*%)`,
  ].join('|'),
  'gi',
);

/**
 * A figure left once the non-counts are gone (digits, a share in per cent), or a count, a share
 * or a multiple written out, as reports write small numbers ("eight of the inspectors", "more
 * than double the number at the last inspection").
 */
const quantity =
  /\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|half|halves|thirds?|quarters?|double[ds]?|doubling|twice|treble[ds]?|triple[ds]?|halved|quadrupled)\b/gi;
