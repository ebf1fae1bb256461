import { editDistance } from '../text/edit-distance.ts';
import { isEnglishWord } from '../text/english-words.ts';
import { analyseTerm } from './analyse-term.ts';
import { sectorVocabulary } from './sector-vocabulary.ts';
import type { SynonymTable } from './synonym-table.ts';
import { tokenize } from './tokenize.ts';

/** Decides whether a free question is about the knowledge base's subject at all. */
export type TopicGate = (question: string) => boolean;

/**
 * Builds the gate from the sector vocabulary, the council's synonyms' topic terms (see
 * SynonymGroup) and the names the knowledge base knows (people, aliases). A question passes when one of its words is such a
 * term, allowing a typo in longer words ("ofstead", "fostring").
 */
export function createTopicGate(knownNames: readonly string[], synonyms: SynonymTable): TopicGate {
  const synonymPhrases = synonyms.groups.flatMap((group) => group.topicTerms);
  const anchors = new Set<string>();
  for (const phrase of [...sectorVocabulary, ...synonymPhrases, ...knownNames]) {
    for (const word of tokenize(phrase)) {
      for (const term of analyseTerm(word) ?? []) anchors.add(term);
    }
  }
  const anchorList = [...anchors];
  return (question) =>
    tokenize(question).some((word) => {
      const terms = analyseTerm(word) ?? [];
      if (terms.some((term) => anchors.has(term))) return true;
      // Only a typo is given the benefit of its likeness: "dating" is not "rating".
      if (word.length < 5 || isEnglishWord(word)) return false;
      const allowed = word.length >= 8 ? 2 : 1;
      return anchorList.some(
        (anchor) =>
          Math.abs(anchor.length - word.length) <= allowed && editDistance(anchor, word) <= allowed,
      );
    });
}
