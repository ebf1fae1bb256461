import { analyseTerm, contentStems } from '../search/analyse-term.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { extractTimeHints } from '../search/time-hints.ts';
import { tokenize } from '../search/tokenize.ts';
import { councilNameWords, withoutCouncilName } from './without-council-name.ts';

/** One word of the topic: how informative it is here, and the stems that stand for it. */
interface TopicConcept {
  weight: number;
  stems: Set<string>;
}

/**
 * The topic a list question names ("anything good about foster carers?"), without the year or
 * "the first one" that chose the inspection and the council's name that every report holds.
 */
export function listTopic(index: KnowledgeIndex, topic: string): string {
  return withoutCouncilName(extractTimeHints(topic).text, councilNameWords(index));
}

/**
 * How much of a topic's information a sentence holds (0 to 1), as search coverage counts it:
 * each word of the topic, with its synonyms' stems ("FGM" also stands for "female genital
 * mutilation"), weighted by how informative it is in the council's documents.
 */
export function topicShare(index: KnowledgeIndex, topic: string): (sentence: string) => number {
  const concepts = topicConcepts(index, topic);
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  return (sentence) => {
    if (total === 0) return 0;
    const held = new Set(contentStems(sentence));
    const matched = concepts
      .filter((concept) => [...concept.stems].some((stem) => held.has(stem)))
      .reduce((sum, concept) => sum + concept.weight, 0);
    return matched / total;
  };
}

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
      .flatMap((variant) => variant.group.terms.flatMap(contentStems));
    return [{ weight: index.passages.termWeight(stem), stems: new Set([stem, ...alternatives]) }];
  });
}
