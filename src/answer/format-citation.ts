import type { DatePrecision } from '../knowledge/document-schema.ts';
import type { CitedResult, LaterInspection } from './answer.ts';

// Fixed abbreviations: ICU versions disagree on "Sep" and "Sept", and citations must not drift.
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A document date as precisely as it is known: "4 Sep 2017", "Sep 2017", "c. Sep 2017". */
export function formatPublished(isoDate: string, precision: DatePrecision): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const monthYear = `${months[(month ?? 1) - 1]} ${year}`;
  if (precision === 'day') return `${day} ${monthYear}`;
  if (precision === 'month') return monthYear;
  return `c. ${monthYear}`;
}

/** The short reference a reader checks a quote by: "Ofsted, 4 Sep 2017, para 110". */
export function formatCitation(result: CitedResult): string {
  const parts = [result.publisher, formatPublished(result.published, result.datePrecision)];
  if (result.paragraph !== null) parts.push(`para ${result.paragraph}`);
  return parts.join(', ');
}

/** What superseded an older finding, as a reader sees it: "Later: Ofsted, Dec 2024, overall Good". */
export function formatLater(later: LaterInspection): string {
  const when = formatPublished(later.published, 'month');
  return `Later: ${later.publisher}, ${when}${later.overall ? `, overall ${later.overall}` : ''}`;
}
