import { segmentSentences } from '../../text/segment-sentences.ts';
import type { ReportLine } from './report-lines.ts';

/** Where in a report's structure a summary sentence stands. */
export type SummaryPlace = 'headline' | 'summary' | 'strengths';

/** One sentence of a report's summary sections, verbatim, and where it stands. */
export interface SummarySentence {
  text: string;
  place: SummaryPlace;
}

/**
 * Headings of the sections that sum a report up, across frameworks: the SIF "Executive summary",
 * each judgement's "Summary", the "Summary for children and young people", the pre-2013
 * "Overall effectiveness" section, and the sections that list strengths outright.
 */
const summaryHeading =
  /^(?:Executive summary|Summary(?: of key findings| for children and young people)?|Overall effectiveness(?: of services)?\b)/i;
const strengthsHeading = /\bstrengths\b(?! and weaknesses)|^Key strengths\b/i;
/** "Inspection dates: …", "Lead inspector: …": cover labels, not findings. */
const coverLabel = /^[A-Z][\w’' ]{2,40}:\s/;

/**
 * The sentences a report sums itself up with: the paragraphs between its title and its first
 * section (ILACS opens with its headline findings there), and those of its summary and
 * strengths sections. List items of the opening are the grade table, so they are left out.
 */
export function summarySentences(lines: readonly ReportLine[]): SummarySentence[] {
  const sentences: SummarySentence[] = [];
  const firstHeading = lines.findIndex((line) => line.kind === 'heading');
  if (firstHeading < 0) return sentences;
  let place: SummaryPlace | undefined = 'headline';
  let sectionLevel = 0;
  lines.forEach((line, i) => {
    if (line.kind === 'heading') {
      if (i === firstHeading) return;
      if (place !== undefined && place !== 'headline' && line.level > sectionLevel) return;
      place = strengthsHeading.test(line.text)
        ? 'strengths'
        : summaryHeading.test(line.text)
          ? 'summary'
          : undefined;
      sectionLevel = line.level;
      return;
    }
    if (place === undefined || i < firstHeading) return;
    // Some SIF reports run a judgement's numbered findings on under its "Summary" heading:
    // the summary is the unnumbered paragraphs before them.
    if (place === 'summary' && line.numbered) {
      place = undefined;
      return;
    }
    if (place === 'headline' && (line.kind === 'item' || coverLabel.test(line.text))) return;
    for (const { start, end } of segmentSentences(line.text)) {
      sentences.push({ text: line.text.slice(start, end), place });
    }
  });
  return sentences;
}
