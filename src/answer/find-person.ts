import type { Person } from '../knowledge/facts-schema.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchSettings } from '../search/search-settings.ts';
import { editDistance } from '../text/edit-distance.ts';
import { foldText } from '../text/fold-text.ts';
import type { Answer } from './answer.ts';
import { citeFacts } from './cite-fact.ts';

const honorifics = new Set(['cllr', 'councillor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);

const nameWords = (text: string) =>
  foldText(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word !== '' && !honorifics.has(word));

/** How well a typed name fits a known name, 0 to 1, forgiving a typo or two per word. */
export function nameSimilarity(typed: string, known: string): number {
  const typedWords = nameWords(typed);
  const knownWords = nameWords(known);
  if (typedWords.length === 0 || knownWords.length === 0) return 0;
  const matched = typedWords.filter((word) =>
    knownWords.some((candidate) => {
      const allowed = word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
      return (
        editDistance(word, candidate) <= allowed || (word.length >= 3 && candidate.startsWith(word))
      );
    }),
  ).length;
  return matched / typedWords.length;
}

/** People whose name or alias fits the typed name best (several on a tie). */
export function matchPeople(index: KnowledgeIndex, typed: string): Person[] {
  const people = index.knowledgeBase.facts.people;
  const scored = people.map((person) => ({
    person,
    score: Math.max(...[person.name, ...person.aliases].map((name) => nameSimilarity(typed, name))),
  }));
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best < 0.5) return [];
  return scored.filter((entry) => entry.score === best).map((entry) => entry.person);
}

/**
 * Who a person is: roles, organisation, party and period, then what they said or did, each
 * cited. Falls back to people whose role fits the words typed ("lead inspector").
 */
export function findPerson(index: KnowledgeIndex, typed: string): Answer {
  const query = typed.trim();
  let people = matchPeople(index, query);
  if (people.length === 0) people = peopleByRole(index, query);
  const title = `Who is “${query}”?`;
  if (people.length === 0) {
    const known = index.knowledgeBase.facts.people.map((person) => person.name);
    const close = known
      .map((name) => ({ name, distance: editDistance(foldText(query), foldText(name)) }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 3)
      .map((entry) => entry.name);
    return {
      command: 'who',
      query,
      answered: false,
      title,
      summary: null,
      results: [],
      suggestions: close,
      notice: `No one called “${query}” is in the sources.`,
    };
  }
  const names = new Set(people.map((person) => person.name));
  const records = index.factRecords.filter(
    (record) => record.category === 'person' && names.has(record.subject),
  );
  const results = citeFacts(index, records, (record) => record.subject);
  const aliases = people.flatMap((person) => person.aliases);
  return {
    command: 'who',
    query,
    answered: results.length > 0,
    title: people.length === 1 ? (people[0]?.name ?? title) : title,
    summary: aliases.length > 0 ? `Also written as: ${aliases.join(', ')}.` : null,
    results,
    suggestions: [],
    notice: null,
  };
}

function peopleByRole(index: KnowledgeIndex, query: string): Person[] {
  const hits = index.facts
    .search(query, { filter: (id) => id.startsWith('people/') })
    .filter((hit) => hit.coverage >= searchSettings.minCoverage);
  const subjects = new Set(
    hits.slice(0, 3).map((hit) => index.factRecordsById.get(hit.id)?.subject),
  );
  return index.knowledgeBase.facts.people.filter((person) => subjects.has(person.name));
}
