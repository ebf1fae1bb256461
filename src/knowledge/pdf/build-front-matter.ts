import { createHash } from 'node:crypto';
import { type DocumentFrontMatter, documentFrontMatterSchema } from '../document-schema.ts';
import type { CleanedReport } from './clean-report-lines.ts';
import { describeImportNotes } from './describe-import-notes.ts';
import type { ImportOptions } from './import-options.ts';
import { parsePrintedDate, parsePrintedDateRange } from './parse-printed-dates.ts';
import { PdfImportError } from './pdf-import-error.ts';
import { readLeadInspector } from './read-lead-inspector.ts';
import { recognisePublisher } from './recognise-publisher.ts';
import type { ReportBlock } from './report-block.ts';

const INSPECTION_DATES = /^Inspection dates?:\s*(.+)$/i;
const PUBLISHED = /^(?:Report published|Date published|Published):\s*(.+)$/i;
/** The licence line of Ofsted's reports since 2014 names the OGL. */
const OPEN_GOVERNMENT_LICENCE = 'Open Government Licence';

/** What the import knows besides the blocks: the file, and the report's text before cleaning. */
export interface FrontMatterSources {
  readonly bytes: Uint8Array;
  readonly options: ImportOptions;
  readonly report: CleanedReport;
  readonly blocks: readonly ReportBlock[];
  /** All text extracted from the PDF, boilerplate included (it names the publisher). */
  readonly fullText: string;
  readonly paragraphNumbers: readonly number[];
}

/**
 * Build and validate the front matter: options win, then what the report prints (title, dates,
 * lead inspector, copyright); a required field that is neither given nor printed is an error.
 */
export function buildFrontMatter(sources: FrontMatterSources): {
  frontMatter: DocumentFrontMatter;
  warnings: string[];
} {
  const { options, blocks, report, fullText } = sources;
  const fileName = options.sourceFileName;
  const warnings: string[] = [];
  const paragraphs = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
  const printed = (pattern: RegExp) =>
    paragraphs.map((text) => pattern.exec(text)?.[1]?.trim()).find((value) => value !== undefined);
  const missing = (field: string, how: string): never => {
    throw new PdfImportError(
      'missing-metadata',
      fileName,
      `the report does not print its ${field}; ${how}.`,
    );
  };

  const id = options.id ?? idFromFileName(fileName);
  if (id === undefined) {
    throw new PdfImportError(
      'invalid-options',
      fileName,
      `no document id can be made from the file name "${baseName(fileName)}"; give one as the id option (--id).`,
    );
  }
  const title =
    options.title ??
    blocks.find((block) => block.kind === 'heading' && block.level === 1)?.text ??
    missing('title', 'give it as the title option (--title)');
  const publisher =
    options.publisher ??
    recognisePublisher(fullText) ??
    missing('publisher', 'give it as the publisher option (--publisher)');

  const printedPublished = printed(PUBLISHED);
  const printedDate =
    printedPublished === undefined ? undefined : parsePrintedDate(printedPublished);
  if (printedPublished !== undefined && printedDate === undefined) {
    warnings.push(`The publication date "${printedPublished}" could not be read as a date.`);
  }
  const published =
    options.published ??
    printedDate ??
    missing(
      'publication date',
      'give it as the published option (--published YYYY-MM-DD, from the publisher’s listing)',
    );
  if (
    printedDate === undefined &&
    options.published !== undefined &&
    options.publishedFromListing !== true
  ) {
    warnings.push(`The report does not print its publication date; used ${published} as given.`);
  } else if (printedDate !== undefined && printedDate !== published) {
    warnings.push(
      `The report prints its publication date as ${printedDate}, but ${published} was given.`,
    );
  }

  const printedDates = printed(INSPECTION_DATES);
  const inspected = printedDates === undefined ? undefined : parsePrintedDateRange(printedDates);
  if (inspected === undefined) {
    warnings.push(
      printedDates === undefined
        ? 'No "Inspection dates:" line found; the inspected dates are left out.'
        : `The inspection dates "${printedDates}" could not be read; the inspected dates are left out.`,
    );
  }

  const leadInspector = paragraphs.map(readLeadInspector).find((name) => name !== undefined);
  if (leadInspector === undefined)
    warnings.push('No "Lead inspector:" line found; author is left out.');

  // Reports since 2014 grant the Open Government Licence; older ones allow copying with the
  // source and date given, for which the copyright notice is the attribution.
  const year = report.boilerplate.backCovers[0]?.copyrightYear;
  const copyright = year === undefined ? undefined : `© Crown copyright ${year}, ${publisher}`;
  const licence =
    options.licence ??
    (copyright !== undefined && fullText.includes(OPEN_GOVERNMENT_LICENCE)
      ? `${copyright}; Open Government Licence v3.0`
      : copyright);
  if (licence === undefined) warnings.push('No Crown copyright notice found; licence is left out.');

  // Printed numbers become passage ids, which must be unique; a report that prints a number
  // twice (two numbered parts, or a misprint) is cited by position instead.
  const repeated = repeatedNumbers(sources.paragraphNumbers);
  const numbered = sources.paragraphNumbers.length > 0 && repeated.length === 0;
  if (repeated.length > 0) {
    warnings.push(
      `The report prints paragraph number(s) ${repeated.join(', ')} more than once; the numbers stay in the text, but passages are numbered in order (numbered_paragraphs: false).`,
    );
  }

  const candidate = {
    id,
    title,
    publisher,
    ...(leadInspector === undefined ? {} : { author: leadInspector }),
    published,
    date_precision: 'day',
    url: options.url ?? null,
    kind: options.kind ?? 'inspection-report',
    ...(options.council === undefined ? {} : { council: options.council }),
    ...(inspected === undefined ? {} : { inspected: { from: inspected.from, to: inspected.to } }),
    ...(licence === undefined ? {} : { licence }),
    source_file: baseName(fileName),
    source_sha256: createHash('sha256').update(sources.bytes).digest('hex'),
    numbered_paragraphs: numbered,
    notes: describeImportNotes(report),
  };
  const parsed = documentFrontMatterSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new PdfImportError(
      'invalid-options',
      fileName,
      `its front matter is invalid (${problems.join('; ')}).`,
    );
  }
  return { frontMatter: parsed.data, warnings };
}

function repeatedNumbers(numbers: readonly number[]): number[] {
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const number of numbers) (seen.has(number) ? repeated : seen).add(number);
  return [...repeated];
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}

/** A document id from a file name: "Croydon Ofsted 2017.pdf" → "croydon-ofsted-2017". */
function idFromFileName(fileName: string): string | undefined {
  const stem = baseName(fileName).replace(/\.pdf$/i, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? undefined : id;
}
