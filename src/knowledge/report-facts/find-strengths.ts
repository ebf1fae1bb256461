import type { Strength } from '../facts-schema.ts';
import { praisesPractice } from './evaluative-words.ts';
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
 * The strengths a report states in its own summary: every sentence of a section headed as
 * strengths, and each sentence of the headline and summary sections that praises practice
 * without a criticism, in the report's order and words.
 */
export function findStrengths(docId: string, lines: readonly ReportLine[]): Strength[] {
  const seen = new Set<string>();
  const strengths: Strength[] = [];
  for (const { text, place } of summarySentences(lines)) {
    if (text.length < minLength || seen.has(text)) continue;
    if (pointsBack.test(text) || (place !== 'strengths' && !praisesPractice(text))) continue;
    seen.add(text);
    strengths.push({ text, source: { doc: docId, quote: text } });
  }
  return strengths;
}
