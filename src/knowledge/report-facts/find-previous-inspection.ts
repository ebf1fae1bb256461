import type { PreviousInspection } from '../facts-schema.ts';
import { gradeWords } from './grade-words.ts';
import type { ReportLine } from './report-lines.ts';

const month =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "the last inspection in 2017", "the previous inspection of … was in May 2012". */
const previousMention = new RegExp(
  `\\b(?:last|previous|most recent)\\b[^.]{0,80}?\\binspect(?:ion|ed)\\b[^.]{0,80}?\\b(?:in|was in|of)\\s+((?:(?:\\d{1,2}\\s+)?${month}\\s+)?(?:19|20)\\d{2})\\b`,
  'i',
);
const judged =
  /\b(?:judged|graded|rated)\s+(?:to be\s+|as\s+)?(requires? improvement(?: to be good)?|outstanding|good|inadequate|adequate)\b/i;

/** Sentences of one paragraph; a report's sentences end in a full stop before a capital. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z‘“])/);
}

/**
 * What a report says about the inspection before it: when ("2017", "May 2018") and, where the
 * report says it, the grade it gave ("…, when they were judged to be inadequate"). The first
 * mention that gives a grade wins, else the first mention.
 */
export function findPreviousInspection(
  docId: string,
  lines: readonly ReportLine[],
): PreviousInspection | undefined {
  let first: PreviousInspection | undefined;
  for (const line of lines) {
    if (line.kind === 'heading') continue;
    const parts = sentences(line.text);
    for (const [i, sentence] of parts.entries()) {
      const mention = previousMention.exec(sentence);
      if (!mention?.[1]) continue;
      // SIF reports give the grade in the sentence after: "… was in May 2012. The local
      // authority was judged adequate."
      const next = parts[i + 1];
      const withNext = next && judged.test(next) && !previousMention.test(next);
      const quote = withNext ? `${sentence} ${next}` : sentence;
      const grade = gradeWords(judged.exec(quote)?.[1] ?? '');
      const found: PreviousInspection = {
        when: mention[1],
        ...(grade ? { grade } : {}),
        source: { doc: docId, quote: quote.replace(/[.\s]+$/, '') },
      };
      if (grade) return found;
      first ??= found;
    }
  }
  return first;
}
