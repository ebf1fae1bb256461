import type { GlossaryEntry } from '../knowledge/glossary/glossary-schema.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import {
  type AbbreviationLearning,
  learnAbbreviations,
} from './abbreviations/learn-abbreviations.ts';
import { phraseKey } from './phrase-key.ts';
import { type SynonymGroup, type SynonymTable, stemOf, synonymTable } from './synonym-table.ts';

/** A council's synonyms: the glossary's, with the abbreviations its own documents spell out. */
export interface CouncilSynonyms {
  table: SynonymTable;
  learning: AbbreviationLearning;
}

/** A group being assembled. */
interface Group {
  terms: string[];
  topicTerms: string[];
}

/** The glossary's entries as synonym groups. */
export function glossaryGroups(entries: readonly GlossaryEntry[]): SynonymGroup[] {
  return entries.map((entry) => ({
    terms: entry.terms,
    topicTerms: entry.on_topic === false ? [] : entry.terms,
  }));
}

/**
 * The synonym groups for one council's knowledge. A learned abbreviation that shares a phrasing
 * with a glossary entry joins that entry ("independent review officer (IRO)" adds a phrasing to
 * the IRO entry); any other is a group of its own. People named in the facts are never learned.
 */
export function councilSynonyms(knowledgeBase: KnowledgeBase): CouncilSynonyms {
  const names = knowledgeBase.facts.people.flatMap((person) => [person.name, ...person.aliases]);
  const learning = learnAbbreviations(knowledgeBase.passages, names);
  const groups: Group[] = glossaryGroups(knowledgeBase.glossary).map((group) => ({
    terms: [...group.terms],
    topicTerms: [...group.topicTerms],
  }));
  const groupOfKey = new Map<string, Group>();
  for (const group of groups) {
    for (const term of group.terms) {
      const key = phraseKey(term);
      if (key !== '' && !groupOfKey.has(key)) groupOfKey.set(key, group);
    }
  }
  for (const { abbreviation, phrases } of learning.learned) {
    const terms = [abbreviation, ...phrases];
    const keys = terms.map(phraseKey);
    const existing = keys.map((key) => groupOfKey.get(key)).find((group) => group !== undefined);
    const group = existing ?? { terms: [], topicTerms: [abbreviation] };
    if (!existing) groups.push(group);
    terms.forEach((term, i) => {
      const key = keys[i] ?? '';
      if (key === '' || groupOfKey.has(key)) return;
      group.terms.push(term);
      groupOfKey.set(key, group);
    });
  }
  return { table: synonymTable(groups.map(withAbbreviationPlurals)), learning };
}

/**
 * A group with each abbreviation's plural as people type it ("DCSs"), as a phrasing and, where
 * the abbreviation marks a question as on the topic, as a topic term, when stemming leaves the
 * two apart: "dcss" keeps its double s, while "dcs" loses its last letter.
 */
function withAbbreviationPlurals(group: Group): SynonymGroup {
  // Only where stemming does not already join them ("iros" stems as "iro").
  const plural = (term: string) =>
    /^\p{Lu}{2,}$/u.test(term) && stemOf(`${term.toLowerCase()}s`) !== stemOf(term.toLowerCase())
      ? [term, `${term}s`]
      : [term];
  return {
    terms: [...new Set(group.terms.flatMap(plural))],
    topicTerms: [...new Set(group.topicTerms.flatMap(plural))],
  };
}
