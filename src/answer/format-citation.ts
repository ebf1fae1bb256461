import type { DatePrecision } from '../knowledge/document-schema.ts';
import type { CitedResult } from './answer.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A document date as precisely as it is known: "4 Sep 2017", "Sep 2017", "c. Sep 2017". */
export function formatPublished(isoDate: string, precision: DatePrecision): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (precision === 'day') return dayFormat.format(date);
  if (precision === 'month') return monthFormat.format(date);
  return `c. ${monthFormat.format(date)}`;
}

/** The short reference a reader checks a quote by: "Ofsted, 4 Sep 2017, para 110". */
export function formatCitation(result: CitedResult): string {
  const parts = [result.publisher, formatPublished(result.published, result.datePrecision)];
  if (result.paragraph !== null) parts.push(`para ${result.paragraph}`);
  return parts.join(', ');
}
