const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "4 September 2017", "18 Feb 2014", and the numeric "25/11/2016" some older covers print. */
const DATE = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/;
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** "20 June – 13 July 2017", "3 February 2020 to 14 February 2020", "14 to 25 October 2024". */
const RANGE =
  /^(\d{1,2})(?:\s+([A-Za-z]+)\.?)?(?:\s+(\d{4}))?\s*(?:–|to)\s*(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/;
const NUMERIC_RANGE = /^(\d{1,2}\/\d{1,2}\/\d{4})\s*(?:–|to)\s*(\d{1,2}\/\d{1,2}\/\d{4})$/;
/** Every dash the reports set between dates (hyphen, en and em dashes, a box-drawing line). */
const DASHES = /\s*[-‐‑‒–—─]\s*/g;
/** Fieldwork in two visits: "5 to 9 December 2022 and 14 to 15 February 2023". */
const PERIOD_SEPARATOR = /\s+and\s+/;

/** A fieldwork period as ISO dates. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** Parse a date as reports print it ("4 September 2017") into ISO form, or undefined. */
export function parsePrintedDate(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const numeric = NUMERIC_DATE.exec(trimmed);
  if (numeric !== null) {
    const [, day, month, year] = numeric;
    return isoDate(year, MONTHS[Number(month) - 1], day);
  }
  const match = DATE.exec(trimmed);
  if (match === null) return undefined;
  const [, day, month, year] = match;
  return isoDate(year, month, day);
}

/**
 * Parse a printed date range into ISO dates; the first date may leave out the month and year it
 * shares with the second ("14 to 25 October 2024"). Fieldwork printed as two periods runs from
 * the start of the first to the end of the last.
 */
export function parsePrintedDateRange(text: string): DateRange | undefined {
  const periods = text
    .trim()
    .replace(/\s+/g, ' ')
    .split(PERIOD_SEPARATOR)
    .map((period) => parsePeriod(period.replace(DASHES, ' – ')));
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined || periods.some((period) => period === undefined)) {
    return undefined;
  }
  if (first.from > last.to) return undefined;
  return { from: first.from, to: last.to };
}

function parsePeriod(text: string): DateRange | undefined {
  const numeric = NUMERIC_RANGE.exec(text);
  if (numeric !== null) {
    const from = parsePrintedDate(numeric[1] ?? '');
    const to = parsePrintedDate(numeric[2] ?? '');
    return from === undefined || to === undefined || from > to ? undefined : { from, to };
  }
  const match = RANGE.exec(text);
  if (match === null) return undefined;
  const [, fromDay, fromMonth, fromYear, toDay, toMonth, toYear] = match;
  const to = isoDate(toYear, toMonth, toDay);
  const from = isoDate(fromYear ?? toYear, fromMonth ?? toMonth, fromDay);
  if (from === undefined || to === undefined || from > to) return undefined;
  return { from, to };
}

/** A month by its name or the abbreviation of at least three letters ("Feb", "Sept"). */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

function isoDate(
  year: string | undefined,
  monthName: string | undefined,
  day: string | undefined,
): string | undefined {
  const month = monthNumber(monthName ?? '');
  if (year === undefined || day === undefined || month === 0) return undefined;
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  // Date.UTC rolls 31 June over to 1 July; a date that moved was not a real date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return date.toISOString().slice(0, 10);
}
