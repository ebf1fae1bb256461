import type { FactRecord } from '../knowledge/fact-records.ts';
import type { Inspection } from '../knowledge/facts-schema.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchSettings } from '../search/search-settings.ts';
import type { CitedResult } from './answer.ts';
import { inspectionYear } from './choose-inspections.ts';
import { citeFacts } from './cite-fact.ts';
import { progressStatements } from './progress-statements.ts';
import { rankPassages } from './search-passages.ts';
import { reportSaysGroup } from './strongest-findings.ts';
import { listTopic } from './topic-share.ts';

/**
 * "Is it better than last time?", "how does 2024 compare with 2017?": each inspection's headline
 * grade, oldest first. On a topic the documents cover ("did care leavers get better"), each
 * inspection's strongest findings on it come first, the latest report's first; with none, what the later reports' own
 * summaries say about change since their previous inspection. The other grades follow.
 */
export function comparisonAnswers(
  index: KnowledgeIndex,
  query: QuestionQuery,
  chosen: readonly Inspection[],
  grades: readonly FactRecord[][],
): CitedResult[] {
  const cite = (list: FactRecord[]) => citeFacts(index, list, (record) => record.subject);
  const headlines = cite(grades.flatMap((list) => list.filter((record) => record.headline)));
  const others = cite(grades.flatMap((list) => list.filter((record) => !record.headline)));
  const findings = topicFindings(index, query, chosen);
  // "Did the help and protection judgement go up or down?" is answered by that area's grades.
  if (query.area && query.aboutGrades) return [...others, ...headlines, ...findings];
  if (findings.length > 0) return [...findings, ...headlines, ...others];
  // The first inspection of a span is compared with one before the span: its statements say so.
  const later = chosen.length > 1 ? chosen.slice(1) : chosen;
  const statements = later.flatMap((inspection) => progressStatements(index, inspection));
  return [...headlines, ...statements, ...others];
}

/**
 * How many findings on the topic each inspection gives. Swept on the dev split (comparison page
 * one / recall@1): 1 → 60.0% / 12.0% oldest first, 60.0% / 40.0% latest first; 2 → 64.0% /
 * 40.0% latest first; 3 → 64.0% / 40.0%. The whole dev split is unchanged elsewhere.
 */
const findingsPerInspection = 2;

/**
 * Each inspection's strongest findings on the question's topic, the latest inspection first,
 * when the topic is one the documents speak to (its best passage clears minCoverage) and each
 * finding clears minResultCoverage, as any answer must.
 */
function topicFindings(
  index: KnowledgeIndex,
  query: QuestionQuery,
  chosen: readonly Inspection[],
): CitedResult[] {
  const topic = listTopic(index, query.topic);
  if (topic.replace(/[^\p{L}\p{N}]/gu, '') === '') return [];
  const ranked = rankPassages(index, topic, chosen.map(inspectionYear));
  if ((ranked[0]?.coverage ?? 0) < searchSettings.minCoverage) return [];
  // The latest report says whether it got better, so it speaks first; of each report's findings
  // on the topic, those that say how it changed ("have significantly improved since the last
  // inspection") answer "is it better?" before those that only describe it.
  return [...chosen].reverse().flatMap((inspection) =>
    ranked
      .filter(
        ({ result, coverage }) =>
          result.docId === inspection.report && coverage >= searchSettings.minResultCoverage,
      )
      .map(({ result }, rank) => ({ result, rank, change: speaksOfChange(result.excerpt) }))
      .sort((a, b) => Number(b.change) - Number(a.change) || a.rank - b.rank)
      .slice(0, findingsPerInspection)
      .map(({ result }) => ({ ...result, group: reportSaysGroup(inspection) })),
  );
}

/**
 * Words that measure a service against how it was: better, worse, since the last inspection.
 * Measured on the dev split (page one; comparisons): these 82.6% (62.5%); with "still" and
 * "remain" too 82.4%; "since the last inspection" alone 81.9%; no reordering 81.9% (55.0%).
 * "No longer" was dropped after review (it lifts "no longer has a plan"): no change on dev. Only
 * moving up a report's best 4 or 6 findings cost a comparison (67.5% against 70.0%).
 */
const changeWords =
  /\b(improved|improving|deteriorat\w*|declin(ed|ing)|weakened|strengthened|(better|worse) than|since the (last|previous) inspection)\b/i;

function speaksOfChange(text: string): boolean {
  return changeWords.test(text);
}
