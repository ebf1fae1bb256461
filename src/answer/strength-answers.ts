import type { FactRecord } from '../knowledge/fact-records.ts';
import type { Inspection } from '../knowledge/facts-schema.ts';
import { namesAStrength, praisesHighly } from '../knowledge/report-facts/evaluative-words.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchSettings } from '../search/search-settings.ts';
import { chooseInspectionsFor } from './choose-inspections.ts';
import { inspectionRecords } from './inspection-records.ts';
import { listTopic, topicShare } from './topic-share.ts';

/**
 * The strengths a question asks for, from the strengths each report states in its summary: of
 * the inspection it names (the latest by default). When the question names a topic ("anything
 * good about foster carers?"), only the strengths on that topic, most on it first. When no
 * stated strength is on a topic the documents do cover, none: the passages answer instead.
 */
export function strengthAnswers(
  index: KnowledgeIndex,
  inspections: readonly Inspection[],
  query: QuestionQuery,
): FactRecord[] {
  // Counted among the reports loaded, as a reader counts them: "the first one" is the first
  // report there is, not an earlier inspection known only from the facts.
  const reported = inspections.filter(
    (inspection) => inspection.report && index.knowledgeBase.documentsById.has(inspection.report),
  );
  const chosen = chooseInspectionsFor(reported, query.inspection, 'latest');
  const strengths = chosen.flatMap((inspection) =>
    inspectionRecords(index, inspection, 'strengths'),
  );
  if (strengths.length === 0) return [];
  const topic = listTopic(index, query.topic);
  // Words left that name no children's-services topic ("especially", "really") ask for them
  // all, the best first: what the inspectors call a strength in so many words, then what they
  // praise most highly, so page one shows what a report says is best.
  if (!index.onTopic(topic)) {
    return strengths
      .map((record, order) => ({ record, order, praise: praiseRank(record.source.quote) }))
      .sort((a, b) => a.praise - b.praise || a.order - b.order)
      .map(({ record }) => record);
  }
  const share = topicShare(index, topic);
  const scored = strengths
    .map((record) => ({ record, share: share(record.source.quote) }))
    .filter(({ share }) => share >= searchSettings.minResultCoverage)
    .sort((a, b) => b.share - a.share);
  if (scored.length > 0) return scored.map(({ record }) => record);
  const onTopic = index.passages.search(topic)[0];
  return onTopic && onTopic.coverage >= searchSettings.minCoverage ? [] : strengths;
}

/** 0 for a strength named outright ("a real strength"), 1 for the highest praise, 2 for the rest. */
function praiseRank(sentence: string): number {
  if (namesAStrength(sentence)) return 0;
  return praisesHighly(sentence) ? 1 : 2;
}
