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
const DATE = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/;
/** "20 June – 13 July 2017", "3 February 2020 to 14 February 2020", "14 to 25 October 2024". */
const RANGE =
  /^(\d{1,2})(?:\s+([A-Za-z]+))?(?:\s+(\d{4}))?\s*(?:–|—|-|to)\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/;

/** A fieldwork period as ISO dates. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** Parse a date as reports print it ("4 September 2017") into ISO form, or undefined. */
export function parsePrintedDate(text: string): string | undefined {
  const match = DATE.exec(text.trim());
  if (match === null) return undefined;
  const [, day, month, year] = match;
  return isoDate(year, month, day);
}

/**
 * Parse a printed date range into ISO dates; the first date may leave out the month and year it
 * shares with the second ("14 to 25 October 2024").
 */
export function parsePrintedDateRange(text: string): DateRange | undefined {
  const match = RANGE.exec(text.trim().replace(/\s+/g, ' '));
  if (match === null) return undefined;
  const [, fromDay, fromMonth, fromYear, toDay, toMonth, toYear] = match;
  const to = isoDate(toYear, toMonth, toDay);
  const from = isoDate(fromYear ?? toYear, fromMonth ?? toMonth, fromDay);
  if (from === undefined || to === undefined || from > to) return undefined;
  return { from, to };
}

function isoDate(
  year: string | undefined,
  monthName: string | undefined,
  day: string | undefined,
): string | undefined {
  const month = MONTHS.indexOf(monthName?.toLowerCase() ?? '') + 1;
  if (year === undefined || day === undefined || month === 0) return undefined;
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  // Date.UTC rolls 31 June over to 1 July; a date that moved was not a real date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return date.toISOString().slice(0, 10);
}
