import type { Inspection } from '../facts-schema.ts';
import {
  type DateRange,
  parsePrintedDate,
  parsePrintedDateRange,
} from '../pdf/parse-printed-dates.ts';
import type { ReportLine } from './report-lines.ts';

/** What a report's cover prints about the inspection itself, each with its quote. */
export type CoverFacts = Pick<Inspection, 'dates' | 'published' | 'lead_inspector'>;

const datesLine = /^(Inspection dates?:?\s*(.*?))\s*$/i;
const publishedLine = /^((?:Report )?published:?\s*(\d{1,2} [A-Za-z]+ \d{4}))/i;
const leadLine = /^((?:Lead|Reporting) inspectors?(?: on site)?:?\s*(.*?))\s*$/i;

/**
 * Reads the fieldwork dates, the printed publication date and the lead inspector from the lines
 * a report prints them on ("Inspection dates: 14 to 25 October 2024", "Lead inspector: …").
 */
export function findCoverFacts(docId: string, lines: readonly ReportLine[]): CoverFacts {
  const facts: CoverFacts = {};
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'heading' && !/^(?:Inspection date|Lead inspector)/i.test(line.text))
      continue;
    const dates = facts.dates ? undefined : datesLine.exec(line.text);
    if (dates?.[1]) {
      const found = fieldwork(dates[1], dates[2] ?? '', lines[i + 1]);
      if (found) facts.dates = { ...found.range, source: { doc: docId, quote: found.quote } };
    }

    const published = facts.published ? undefined : publishedLine.exec(line.text);
    const date = published?.[2] ? parsePrintedDate(published[2]) : undefined;
    if (published?.[1] && date)
      facts.published = { date, source: { doc: docId, quote: published[1] } };

    const lead = facts.lead_inspector ? undefined : leadLine.exec(line.text);
    if (lead?.[1] !== undefined) {
      const found = leadInspector(lead[1], lead[2] ?? '', lines[i + 1]);
      if (found)
        facts.lead_inspector = { name: found.name, source: { doc: docId, quote: found.quote } };
    }
  }
  return facts;
}

/**
 * The fieldwork period, which may wrap onto the next line ("… and 7 August 2019 to" / "8
 * August 2019") and come in parts ("A to B and C to D": from A to D).
 */
function fieldwork(
  quote: string,
  rest: string,
  next: ReportLine | undefined,
): { range: DateRange; quote: string } | undefined {
  const own = parseParts(rest);
  if (own) return { range: own, quote };
  // A heading between the two halves would break the quote, so only a paragraph continues it.
  if (next?.kind !== 'paragraph' || next.text.length > 60) return undefined;
  const joined = parseParts(`${rest} ${next.text}`.trim());
  return joined ? { range: joined, quote: `${quote} ${next.text}`.trim() } : undefined;
}

function parseParts(text: string): DateRange | undefined {
  const ranges = text
    .replace(/\.$/, '')
    .split(/\s+and\s+/)
    .map((part) => parsePrintedDateRange(part));
  if (ranges.length === 0 || ranges.some((range) => range === undefined)) return undefined;
  const known = ranges.filter((range): range is DateRange => range !== undefined);
  const from = known.map((range) => range.from).sort()[0];
  const to = known
    .map((range) => range.to)
    .sort()
    .at(-1);
  return from && to ? { from, to } : undefined;
}

/**
 * The inspector's name without the title after it ("Christine Kennet, His Majesty’s Inspector",
 * "Helen Cawston HMI"); the quote keeps the whole line. When the line stops at the label, the
 * name is on the next line.
 */
function leadInspector(
  quote: string,
  rest: string,
  next: ReportLine | undefined,
): { name: string; quote: string } | undefined {
  if (rest === '' && next && next.kind !== 'item' && next.text.length < 60) {
    const name = personName(next.text);
    return name ? { name, quote: next.text } : undefined;
  }
  const name = personName(rest);
  return name ? { name, quote } : undefined;
}

function personName(text: string): string | undefined {
  // Two lead inspectors: "Rebecca Quested, His Majesty’s Inspector, and Matthew Reed, …".
  const two = /^(.+?),?\s+(?:(?:Her|His) Majesty[’']s Inspector|HMI),?\s+and\s+(.+)$/i.exec(text);
  if (two?.[1] && two[2]) {
    const names = [personName(two[1]), personName(two[2])];
    return names.every(Boolean) ? names.join(' and ') : undefined;
  }
  const name = text
    .replace(/,?\s*\(?(?:Senior )?(?:(?:Her|His) Majesty[’']s Inspector|HMI)\b.*$/i, '')
    .replace(/[.,;]+$/, '')
    .trim();
  // A name is a few capitalised words, not the start of a sentence.
  return /^[A-Z][\p{L}’'.-]+(?: [A-Z][\p{L}’'.-]*){1,3}$/u.test(name) ? name : undefined;
}
