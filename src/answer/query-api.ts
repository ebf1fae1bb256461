import type { Council } from '../knowledge/councils/council-directory.ts';
import { analyseQuestion } from '../question/analyse-question.ts';
import { findCouncilMentions } from '../question/find-council-mentions.ts';
import { correctSpelling } from '../search/correct-spelling.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import { foldText } from '../text/fold-text.ts';
import type { Answer } from './answer.ts';
import {
  answerAcrossCouncils,
  listNames,
  oneCouncilsPart,
  questionForCouncil,
} from './answer-across-councils.ts';
import { askQuestion } from './ask-question.ts';
import { checkClaim } from './check-claim.ts';
import { compareRatings, type RatingRequest } from './compare-ratings.ts';
import { findFindings } from './find-findings.ts';
import { findPerson } from './find-person.ts';
import { listChanges } from './list-changes.ts';
import { listConsequences } from './list-consequences.ts';
import { allInspections, inspectionsInOrder } from './list-ratings.ts';
import { listSources } from './list-sources.ts';
import { listTimeline } from './list-timeline.ts';
import { noteLaterInspections } from './note-later-inspections.ts';
import { type CouncilScope, resolveCouncil } from './resolve-council.ts';
import { outOfScopeAnswer, safeguardingAnswer } from './scope-answers.ts';
import { suggestTopics } from './topic-suggestions.ts';

export type { RatingRequest } from './compare-ratings.ts';
export type { CouncilScope } from './resolve-council.ts';

/** A choice for autocomplete: what the user sees and the value sent back. */
export interface Choice {
  name: string;
  value: string;
}

/**
 * Everything the bot can be asked, over every council's knowledge: the API that Discord
 * commands, the console and `npm run ask` all use. Each call names its council scope; the API
 * answers from that one council's index or says why it cannot. It knows nothing of display.
 */
export interface QueryApi {
  findings(topic: string, scope?: CouncilScope): Answer;
  ask(question: string, scope?: CouncilScope): Answer;
  ratings(request?: RatingRequest, scope?: CouncilScope): Answer;
  /** Where the official record agrees with a claim, differs from it or is silent. */
  check(claim: string, scope?: CouncilScope): Answer;
  /** What changed between a council's inspections, judgement by judgement (and on a topic). */
  changes(topic?: string, scope?: CouncilScope): Answer;
  timeline(scope?: CouncilScope): Answer;
  person(name: string, scope?: CouncilScope): Answer;
  consequences(scope?: CouncilScope): Answer;
  sources(scope?: CouncilScope): Answer;
  topicChoices(typed: string, scope?: CouncilScope): Choice[];
  personChoices(typed: string, scope?: CouncilScope): Choice[];
  inspectionChoices(typed: string, scope?: CouncilScope): Choice[];
  /** Loaded councils whose name or alias starts like `typed`. */
  councilChoices(typed: string): Choice[];
}

/** Creates the query API over a built library of council indexes. */
export function createQueryApi(library: KnowledgeLibrary): QueryApi {
  /** Runs `answer` on the scope's council, naming the council in the title. */
  const scoped = (
    command: string,
    query: string,
    scope: CouncilScope | undefined,
    text: string | undefined,
    /** `across`: the question names several councils, and this is one council's part. */
    answer: (index: KnowledgeIndex, council: Council, asked: string, across: boolean) => Answer,
    /** For commands that answer several councils at once: the title of the question. */
    titleAcross?: (text: string) => string,
  ): Answer => {
    const resolved = resolveCouncil(library, command, query, scope, text);
    if (resolved.kind === 'refused') return resolved.answer;
    const answerFor = (council: Council, index: KnowledgeIndex, asked: string, across = false) =>
      noteLaterInspections(index, answer(index, council, asked, across));
    const { mentions } = resolved;
    if (titleAcross && text !== undefined && mentions.length > 1) {
      const answers = mentions.flatMap(({ council }) => {
        const index = library.indexFor(council.id);
        if (!index) return [];
        const asked = questionForCouncil(text, mentions, council.id);
        return [
          {
            council: { id: council.id, name: council.name },
            answer: answerFor(council, index, asked, true),
          },
        ];
      });
      const merged = answerAcrossCouncils(answers, query);
      return { ...merged, title: `${listNames(answers)}: ${titleAcross(text)}` };
    }
    const result = answerFor(resolved.council, resolved.index, text ?? query);
    // Other councils the question names, answered for one only (the council option chose it, or
    // the command answers one at a time): the reply says so rather than dropping them silently.
    const others =
      text === undefined
        ? []
        : findCouncilMentions(text, library.loaded)
            .map((mention) => mention.council)
            .filter((council) => council.id !== resolved.council.id);
    const alsoNamed =
      others.length > 0
        ? `This answer is about ${resolved.council.name} only; ask again about ${others.map((council) => council.name).join(' or ')}.`
        : null;
    return {
      ...result,
      council: { id: resolved.council.id, name: resolved.council.name },
      title: `${resolved.council.name}: ${result.title}`,
      notice: [result.notice, alsoNamed].filter(Boolean).join(' ') || null,
    };
  };
  /**
   * A question about a specific child is answered with where to get help, and one about a
   * subject the bot does not cover is turned away, before any council or search is involved.
   */
  const outOfScope = (
    command: string,
    text: string,
    query = analyseQuestion(text),
  ): Answer | undefined => {
    // "The Kent children in care" names a council, not a family.
    const family = query.scope.kind === 'safeguarding' ? query.scope.familyName : undefined;
    const aPlace = family !== undefined && findCouncilMentions(family, library.known).length > 0;
    if (query.scope.kind === 'safeguarding' && !aPlace) {
      return safeguardingAnswer(library.knowledgeBase, command, text);
    }
    if (query.scope.kind === 'out-of-scope')
      return outOfScopeAnswer(command, text, query.scope.subject);
    return undefined;
  };
  /** Choices need a council too, but an unresolved scope offers none rather than an error. */
  const choicesFor = (
    scope: CouncilScope | undefined,
    make: (index: KnowledgeIndex) => Choice[],
  ) => {
    const resolved = resolveCouncil(library, 'choices', '', scope);
    return resolved.kind === 'council' ? make(resolved.index) : [];
  };
  return {
    findings: (topic, scope) =>
      outOfScope('finding', topic) ??
      scoped(
        'finding',
        topic,
        scope,
        topic,
        (index, _council, asked) => findFindings(index, asked),
        (asked) => `Findings on “${asked}”`,
      ),
    ask: (question, scope) => {
      const query = analyseQuestion(question);
      return (
        outOfScope('ask', question, query) ??
        scoped(
          'ask',
          question,
          scope,
          question,
          (index, _council, asked, across) => {
            const read = (text: string) => {
              const analysed = text === question ? query : analyseQuestion(text);
              return across ? oneCouncilsPart(analysed) : analysed;
            };
            // Typos are mended against the council's own words before the question is read, so
            // "the local safegaurding children board" is the board's grade, not the latest grades.
            const councilWords = findCouncilMentions(asked, library.known).map(({ span }) => span);
            const corrected = correctSpelling(asked, index.passages, councilWords);
            if (corrected === asked) return askQuestion(index, asked, read(asked));
            const answer = askQuestion(index, corrected, read(corrected));
            return { ...answer, query: asked, title: `“${asked}”` };
          },
          (asked) => `“${asked}”`,
        )
      );
    },
    ratings: (request = {}, scope) => compareRatings(library, request, scope),
    check: (claim, scope) => {
      const query = analyseQuestion(claim);
      return (
        outOfScope('check', claim, query) ??
        scoped('check', claim, scope, claim, (index, council) =>
          checkClaim(index, council.name, claim, query),
        )
      );
    },
    changes: (topic = '', scope) =>
      (topic.trim() ? outOfScope('changes', topic) : undefined) ??
      scoped('changes', topic, scope, topic || undefined, (index) => listChanges(index, topic)),
    timeline: (scope) => scoped('timeline', '', scope, undefined, listTimeline),
    person: (name, scope) =>
      scoped('who', name, scope, undefined, (index) => findPerson(index, name)),
    consequences: (scope) => scoped('consequences', '', scope, undefined, listConsequences),
    sources: (scope) => scoped('sources', '', scope, undefined, listSources),
    topicChoices: (typed, scope) =>
      choicesFor(scope, (index) =>
        suggestTopics(index, typed).map((topic) => ({ name: topic, value: topic })),
      ),
    personChoices: (typed, scope) =>
      choicesFor(scope, (index) => {
        const folded = foldText(typed).trim();
        return index.knowledgeBase.facts.people
          .flatMap((person) =>
            [person.name, ...person.aliases].map((name) => ({
              name: name === person.name ? name : `${name} (${person.name})`,
              value: name,
            })),
          )
          .filter((choice) => foldText(choice.name).includes(folded));
      }),
    inspectionChoices: (typed, scope) =>
      choicesFor(scope, (index) => {
        const folded = foldText(typed).trim();
        const inspections = inspectionsInOrder(index).reverse();
        return [
          ...inspections.map((inspection, i) => ({
            name: `${inspection.inspectorate} ${inspection.name}${i === 0 ? ' (latest)' : ''}`,
            value: inspection.id,
          })),
          { name: 'All inspections, side by side', value: allInspections },
        ].filter((choice) => foldText(choice.name).includes(folded));
      }),
    councilChoices: (typed) => {
      const folded = foldText(typed).trim();
      const councils = library.loaded.councils;
      const starts = councils.filter((council) => foldText(council.name).startsWith(folded));
      const contains = councils.filter(
        (council) => !starts.includes(council) && foldText(council.name).includes(folded),
      );
      const found = library.loaded.find(typed);
      const alias =
        found.kind === 'found' && !starts.includes(found.council) ? [found.council] : [];
      return [...new Set([...alias, ...starts, ...contains])].map((council) => ({
        name: council.name,
        value: council.id,
      }));
    },
  };
}
