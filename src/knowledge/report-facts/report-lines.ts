/** One line of a report's Markdown body: a heading, a list item or a paragraph. */
export interface ReportLine {
  kind: 'heading' | 'item' | 'paragraph';
  /** Heading level (1 for `#`); 0 for items and paragraphs. */
  level: number;
  /** The line's words after its Markdown marker and any printed number, verbatim. */
  text: string;
  /** True when the line began with a printed number ("28. Ensure…", "2.1 Adoption…"). */
  numbered: boolean;
}

// A printed paragraph or table-row number ("110. ", "2.1 ") is not part of what the report says
// about the judgement, so it is left out of the quotable text.
// A bare number ("9 March 2020") is a date's day, not a paragraph number, so a number needs a
// full stop or a sub-number.
const printedNumber = /^(?:\d+(?:\.\d+)+\.?|\d+\.)\s+(?=\S)/;

/** Splits a document body into lines that keep the report's own words, for quoting. */
export function readReportLines(body: string): ReportLine[] {
  const lines: ReportLine[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = heading[2] ?? '';
      lines.push({ kind: 'heading', level: heading[1]?.length ?? 1, text, numbered: false });
      continue;
    }
    const item = /^[-*]\s+(.*)$/.exec(line);
    const words = item ? (item[1] ?? '') : line;
    lines.push({
      kind: item ? 'item' : 'paragraph',
      level: 0,
      text: words.replace(printedNumber, ''),
      numbered: printedNumber.test(words),
    });
  }
  return lines;
}

/** How many lines the cover page of an imported report runs to, at most. */
const coverLength = 40;

/**
 * The cover of a report, where the dates, the lead inspector and the grade table are printed:
 * its first lines, up to the first section of findings ("What needs to improve", "Executive
 * summary"), which a SIF headline heading ("## Children’s services in … are good") does not end.
 */
export function coverLines(lines: readonly ReportLine[]): ReportLine[] {
  const cover = lines.slice(0, coverLength);
  const end = cover.findIndex(
    (line, i) =>
      i > 0 &&
      line.kind === 'heading' &&
      /^(?:What needs to improve|Executive summary|The local authority|Section 1|Information about)/i.test(
        line.text,
      ),
  );
  return end < 0 ? cover : cover.slice(0, end);
}
