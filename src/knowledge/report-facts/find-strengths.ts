import { segmentSentences } from '../../text/segment-sentences.ts';
import type { Strength } from '../facts-schema.ts';
import { namesAStrength, praisesPractice } from './evaluative-words.ts';
import type { ReportLine } from './report-lines.ts';
import { summarySentences } from './summary-sentences.ts';

/**
 * A sentence that opens by pointing back ("These include …", "This means …") takes its subject
 * from the sentence before, which may be a criticism: it does not stand as a strength alone.
 */
const pointsBack = /^(?:This|These|That|Those|It|Such)\b/;

/** Shorter than this, a "sentence" is a heading-like fragment ("Good"), not a finding. */
const minLength = 30;

/**
 * The strengths a report states: each sentence anywhere that names a strength outright, then
 * every sentence of a section headed as strengths and each sentence of the headline and summary
 * sections that praises practice without a criticism, in the report's order and words.
 */
export function findStrengths(docId: string, lines: readonly ReportLine[]): Strength[] {
  const seen = new Set<string>();
  const strengths: Strength[] = [];
  // A sentence stands as a strength alone when it is long enough to be a finding, is not
  // already taken and does not point back to the sentence before.
  const add = (text: string, states: boolean) => {
    if (!states || text.length < minLength || seen.has(text) || pointsBack.test(text)) return;
    seen.add(text);
    strengths.push({ text, source: { doc: docId, quote: text } });
  };
  // Text without headings is not a report: nothing in it is stated as a report's strength.
  if (!lines.some((line) => line.kind === 'heading')) return strengths;
  const body = bodySentences(lines);
  // What the inspectors call a strength in so many words comes first, then what the summary praises.
  for (const text of body) add(text, namesAStrength(text));
  for (const { text, place } of summarySentences(lines)) {
    add(text, place === 'strengths' || praisesPractice(text));
  }
  if (strengths.length > 0) return strengths;
  // A report that names no strength and whose summary praises nothing (an inadequate one, most
  // often) still praises some practice in its body: those sentences are its strengths.
  for (const text of body) add(text, praisesPractice(text));
  return strengths;
}

/** Every sentence of the report's paragraphs and list items, in order. */
function bodySentences(lines: readonly ReportLine[]): string[] {
  return lines
    .filter((line) => line.kind !== 'heading')
    .flatMap((line) =>
      segmentSentences(line.text).map(({ start, end }) => line.text.slice(start, end)),
    );
}
