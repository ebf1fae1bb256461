import { lineText, type PdfLine, type PdfPage } from './pdf-line.ts';

/**
 * The labelled facts a report's cover prints, each on its own line: every form used since 2013
 * ("Reporting inspector Helen Cawston HMI" and "Age group: All" in 2013, "Lead inspectors:" for
 * a shared lead).
 */
export const COVER_FACT_LABEL =
  /^(?:Inspection dates?:|Lead inspectors?(?: on site)?:|Reporting inspector\b|Age group:|(?:Report |Date )?published:)/i;
const TITLE_START = /^inspection\b/i;
/** A value continued on the next line sits this far right of its label's start. */
const CONTINUATION_INDENT = 20;
const CONTINUATION_MAX_GAP_LINES = 1.5;
const SIZE_TOLERANCE = 0.5;

/** A report's cover page split into its parts. */
export interface CoverPage {
  /** Who was inspected, when printed above the title ("London Borough of Croydon"). */
  readonly subject: PdfLine[];
  readonly title: PdfLine[];
  /** Who was inspected, when printed under the title instead. */
  readonly underTitle: PdfLine[];
  /**
   * Labelled facts ("Inspection dates: …"), each with the lines its value wraps onto, and the
   * indented lines set under one ("Her Majesty’s Inspector"), each on its own.
   */
  readonly facts: PdfLine[][];
  /** Everything after the facts: running text that continues into the report. */
  readonly rest: PdfLine[];
}

/**
 * Read the cover: the lines above its first labelled fact are the subject and title, the
 * labelled facts follow, and the rest is running text. A page with no labelled fact is all rest.
 */
export function readCoverPage(page: PdfPage): CoverPage {
  const lines = page.lines;
  const firstFact = lines.findIndex((line) => COVER_FACT_LABEL.test(lineText(line)));
  if (firstFact === -1) {
    return { subject: [], title: [], underTitle: [], facts: [], rest: [...lines] };
  }

  const head = lines.slice(0, firstFact);
  const first = head[0];
  let subjectLength = 0;
  let titleEnd = head.length;
  if (first !== undefined && !TITLE_START.test(lineText(first))) {
    while (head[subjectLength]?.size === first.size) subjectLength += 1;
    // A lone block above the facts is the title, whatever it starts with.
    if (subjectLength === head.length) subjectLength = 0;
  } else if (first !== undefined) {
    // The 2013 covers set who was inspected under the title, smaller ("Kent County Council").
    const under = head.findIndex((line) => line.size < first.size - SIZE_TOLERANCE);
    if (under > 0) titleEnd = under;
  }

  const facts: PdfLine[][] = [];
  let index = firstFact;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    const fact = facts.at(-1);
    const previous = fact?.at(-1);
    if (line === undefined) break;
    if (COVER_FACT_LABEL.test(lineText(line))) facts.push([line]);
    else if (previous !== undefined && isSetUnder(previous, line)) facts.push([line]);
    else if (fact !== undefined && previous !== undefined && wrapsValue(previous, line)) {
      fact.push(line);
    } else break;
  }
  return {
    subject: head.slice(0, subjectLength),
    title: head.slice(subjectLength, titleEnd),
    underTitle: head.slice(titleEnd),
    facts,
    rest: lines.slice(index),
  };
}

/** A line set right under a fact, indented to its value column ("Her Majesty’s Inspector"). */
function isSetUnder(previous: PdfLine, line: PdfLine): boolean {
  return closeBelow(previous, line) && line.x >= previous.x + CONTINUATION_INDENT;
}

/** A fact's value wrapped onto the next line: same place, same type ("… and 7 August 2019 to"). */
function wrapsValue(previous: PdfLine, line: PdfLine): boolean {
  return (
    closeBelow(previous, line) &&
    Math.abs(line.x - previous.x) < 1 &&
    line.size === previous.size &&
    line.bold === previous.bold
  );
}

function closeBelow(previous: PdfLine, line: PdfLine): boolean {
  const gap = previous.y - line.y;
  return (
    line.page === previous.page && gap > 0 && gap <= CONTINUATION_MAX_GAP_LINES * previous.size
  );
}
