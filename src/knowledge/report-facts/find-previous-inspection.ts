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
/**
 * "… the previous inspection four years ago, when …": a grade with no date. It must be *the*
 * inspection: "judged good in its most recent inspection" is about a children's home.
 */
const undatedMention =
  /\bthe (?:last|previous|most recent)\b[^.]{0,40}?\binspection\b(?:\s+((?:one|two|three|four|five|six|\d+) years? ago))?/i;
const grade = '(requires? improvement(?: to be good)?|outstanding|good|inadequate|adequate)';
/** "judged to be inadequate", "judged Hertfordshire’s children’s services to be good". */
const judged = new RegExp(
  `\\b(?:judged|graded|rated)\\s+(?:(?:to be|as|to)\\s+)?${grade}\\b|\\b(?:judged|graded|rated)\\b[^.]{0,80}?\\b(?:to be|as)\\s+${grade}\\b`,
  'i',
);

/**
 * "Services for children … have substantially improved since they were found to be inadequate
 * in 2017": the previous inspection by its grade and year, with no "inspection" word. Only a
 * sentence about the whole service counts: "the LSCB has improved since it was judged
 * inadequate in 2015" is one part's.
 */
const sinceGraded = new RegExp(
  `^(?:services for children|children[’']s services|the local authority[’']s services|services)\\b[^.]{0,80}?\\bsince\\b[^.]{0,40}?\\b(?:found|judged|graded|rated)\\s+(?:to be\\s+|as\\s+)?${grade}\\s+in\\s+((?:19|20)\\d{2})\\b`,
  'i',
);

/** Sentences of one paragraph; a report's sentences end in a full stop before a capital. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z‘“])/);
}

/** A sentence about another provider's inspection (a children's home, a school), not the council's. */
const otherProvider =
  /children[’']s homes?|referral units?|\bschools?\b|academ|nurser|fostering agenc/i;

/**
 * What a report says about the inspection before it: when ("2017", "May 2018") and, where the
 * report says it, the grade it gave ("…, when they were judged to be inadequate"). A dated
 * mention with a grade wins, then a dated one, then an undated one with a grade (often about
 * one service rather than the whole).
 */
export function findPreviousInspection(
  docId: string,
  lines: readonly ReportLine[],
): PreviousInspection | undefined {
  const found: PreviousInspection[] = [];
  for (const line of lines) {
    if (line.kind === 'heading') continue;
    const parts = sentences(line.text);
    for (const [i, sentence] of parts.entries()) {
      if (otherProvider.test(sentence)) continue;
      const since = sinceGraded.exec(sentence);
      const sinceGrade = gradeWords(since?.[1] ?? '');
      if (since?.[2] && sinceGrade) {
        found.push({
          when: since[2],
          grade: sinceGrade,
          source: { doc: docId, quote: sentence.replace(/[.\s]+$/, '') },
        });
        continue;
      }
      const mention = previousMention.exec(sentence);
      const undated = mention ? undefined : undatedMention.exec(sentence);
      // An undated mention counts only when it gives the grade: "since the last inspection"
      // alone says nothing about it.
      if (!mention?.[1] && !(undated && judged.test(sentence))) continue;
      const when = mention?.[1] ?? undated?.[1];
      // SIF reports give the grade in the sentence after: "… was in May 2012. The local
      // authority was judged adequate."
      const next = parts[i + 1];
      const withNext = next && judged.test(next) && !previousMention.test(next);
      const quote = withNext ? `${sentence} ${next}` : sentence;
      const judgedAs = judged.exec(quote);
      const grade = gradeWords(judgedAs?.[1] ?? judgedAs?.[2] ?? '');
      found.push({
        ...(when ? { when } : {}),
        ...(grade ? { grade } : {}),
        source: { doc: docId, quote: quote.replace(/[.\s]+$/, '') },
      });
    }
  }
  return (
    found.find((previous) => previous.when && previous.grade) ??
    found.find((previous) => previous.when) ??
    found[0]
  );
}
