import type { FactRecord } from '../knowledge/fact-records.ts';
import type { Inspection } from '../knowledge/facts-schema.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import { analyseTerm } from '../search/analyse-term.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchSettings } from '../search/search-settings.ts';
import { extractTimeHints } from '../search/time-hints.ts';
import { tokenize } from '../search/tokenize.ts';
import { chooseInspectionsFor } from './choose-inspections.ts';
import { councilNameWords, withoutCouncilName } from './without-council-name.ts';

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
    index.factRecords.filter((record) => record.id.startsWith(`strengths/${inspection.id}/`)),
  );
  if (strengths.length === 0) return [];
  // The year or "the first one" chose the inspection; the council's name is every report's.
  const topic = withoutCouncilName(extractTimeHints(query.topic).text, councilNameWords(index));
  // Words left that name no children's-services topic ("especially", "really") ask for them all.
  if (!index.onTopic(topic)) return strengths;
  const concepts = topicConcepts(index, topic);
  const scored = strengths
    .map((record) => ({ record, share: coverage(concepts, record.source.quote) }))
    .filter(({ share }) => share >= searchSettings.minResultCoverage)
    .sort((a, b) => b.share - a.share);
  if (scored.length > 0) return scored.map(({ record }) => record);
  const onTopic = index.passages.search(topic)[0];
  return onTopic && onTopic.coverage >= searchSettings.minCoverage ? [] : strengths;
}

/** One word of the topic: how informative it is here, and the stems that stand for it. */
interface TopicConcept {
  weight: number;
  stems: Set<string>;
}

/**
 * The topic's words, each with its synonyms' stems ("FGM" also stands for "female genital
 * mutilation"), weighted by how informative each is in the council's documents.
 */
function topicConcepts(index: KnowledgeIndex, topic: string): TopicConcept[] {
  const words = tokenize(topic);
  const variants = index.synonyms.variants.filter((variant) =>
    variant.tokens.every((token) => words.includes(token)),
  );
  return words.flatMap((word) => {
    const [stem] = analyseTerm(word) ?? [];
    if (stem === undefined) return [];
    const alternatives = variants
      .filter((variant) => variant.tokens.includes(word))
      .flatMap((variant) => variant.group.terms.flatMap(stems));
    return [{ weight: index.passages.termWeight(stem), stems: new Set([stem, ...alternatives]) }];
  });
}

/** The share of a topic's information a sentence holds, as search coverage counts it. */
function coverage(concepts: readonly TopicConcept[], sentence: string): number {
  const held = new Set(stems(sentence));
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (total === 0) return 0;
  const matched = concepts
    .filter((concept) => [...concept.stems].some((stem) => held.has(stem)))
    .reduce((sum, concept) => sum + concept.weight, 0);
  return matched / total;
}

/** The Porter stems of a text's content words (stop words have none). */
function stems(text: string): string[] {
  return tokenize(text).flatMap((word) => analyseTerm(word)?.slice(0, 1) ?? []);
}
