import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { foldText } from '../text/fold-text.ts';
import type { Answer } from './answer.ts';
import { askQuestion } from './ask-question.ts';
import { findFindings } from './find-findings.ts';
import { findPerson } from './find-person.ts';
import { listConsequences } from './list-consequences.ts';
import { allInspections, inspectionsInOrder, listRatings } from './list-ratings.ts';
import { listSources } from './list-sources.ts';
import { listTimeline } from './list-timeline.ts';
import { suggestTopics } from './topic-suggestions.ts';

/** A choice for autocomplete: what the user sees and the value sent back. */
export interface Choice {
  name: string;
  value: string;
}

/**
 * Everything the bot can be asked, over one knowledge index: the API that Discord commands,
 * the console and `npm run ask` all use. It knows nothing of how answers are shown.
 */
export interface QueryApi {
  findings(topic: string): Answer;
  ask(question: string): Answer;
  ratings(inspection?: string): Answer;
  timeline(): Answer;
  person(name: string): Answer;
  consequences(): Answer;
  sources(): Answer;
  topicChoices(typed: string): Choice[];
  personChoices(typed: string): Choice[];
  inspectionChoices(typed: string): Choice[];
}

/** Creates the query API over a built index. */
export function createQueryApi(index: KnowledgeIndex): QueryApi {
  return {
    findings: (topic) => findFindings(index, topic),
    ask: (question) => askQuestion(index, question),
    ratings: (inspection) => listRatings(index, inspection),
    timeline: () => listTimeline(index),
    person: (name) => findPerson(index, name),
    consequences: () => listConsequences(index),
    sources: () => listSources(index),
    topicChoices: (typed) =>
      suggestTopics(index, typed).map((topic) => ({ name: topic, value: topic })),
    personChoices: (typed) => {
      const folded = foldText(typed).trim();
      return index.knowledgeBase.facts.people
        .flatMap((person) =>
          [person.name, ...person.aliases].map((name) => ({
            name: name === person.name ? name : `${name} (${person.name})`,
            value: name,
          })),
        )
        .filter((choice) => foldText(choice.name).includes(folded));
    },
    inspectionChoices: (typed) => {
      const folded = foldText(typed).trim();
      const inspections = inspectionsInOrder(index).reverse();
      return [
        ...inspections.map((inspection, i) => ({
          name: `${inspection.inspectorate} ${inspection.name}${i === 0 ? ' (latest)' : ''}`,
          value: inspection.id,
        })),
        { name: 'All inspections, side by side', value: allInspections },
      ].filter((choice) => foldText(choice.name).includes(folded));
    },
  };
}
