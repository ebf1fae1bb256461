import type { Improvement } from '../facts-schema.ts';
import type { ReportLine } from './report-lines.ts';

/** The headings under which reports list what the council must improve, across frameworks. */
const improvementTitles =
  'What needs to improve|What does the (?:local authority|LSCB|Local Safeguarding Children Board) need to improve|Recommendations|Areas for improvement';
const improvementHeading = new RegExp(`^(?:${improvementTitles})\\b`, 'i');
/** A line that is only such a title ("Recommendations"), not a sentence beginning with one. */
const improvementTitleLine = new RegExp(`^(?:${improvementTitles})[?:]?$`, 'i');

const groupsItems = (heading: string) =>
  improvementHeading.test(heading) || /^(?:Immediately|Within|Priority)\b/i.test(heading);

const leadIn = /:$|\bthe following actions?\b/i;

/**
 * Every item a report lists under "What needs to improve" (ILACS) or "Recommendations" /
 * "Areas for improvement" (SIF and before), in the report's words.
 */
export function findImprovements(docId: string, lines: readonly ReportLine[]): Improvement[] {
  const improvements: Improvement[] = [];
  const seen = new Set<string>();
  let sectionLevel: number | undefined;
  let afterBareNumber = false;
  for (const line of lines) {
    if (line.kind === 'heading') {
      // Imported heading levels are not always consistent, so a deeper heading ends the list
      // too, unless it only groups its items ("Within three months:", "Areas for improvement").
      if (sectionLevel !== undefined && (line.level <= sectionLevel || !groupsItems(line.text))) {
        sectionLevel = undefined;
      }
      if (sectionLevel === undefined && improvementHeading.test(line.text))
        sectionLevel = line.level;
      afterBareNumber = false;
      continue;
    }
    // A title set in body type on a line of its own opens the list as a heading would
    // (Warwickshire 2017 prints the local authority's "Recommendations" so); any heading ends it.
    if (line.kind === 'paragraph' && !line.numbered && improvementTitleLine.test(line.text)) {
      sectionLevel = Number.POSITIVE_INFINITY;
      afterBareNumber = false;
      continue;
    }
    if (sectionLevel === undefined) continue;
    // SIF recommendations print the number on a line of its own ("1." then the text).
    if (/^\d+\.?$/.test(line.text)) {
      afterBareNumber = true;
      continue;
    }
    const listed = line.kind === 'item' || line.numbered || afterBareNumber;
    afterBareNumber = false;
    // A lead-in ("…the local authority should take the following action:") is not an item.
    if (!listed || leadIn.test(line.text) || line.text.length < 12) continue;
    if (seen.has(line.text)) continue;
    seen.add(line.text);
    improvements.push({ text: line.text, source: { doc: docId, quote: line.text } });
  }
  return improvements;
}
