import { type FactRecord, flattenFacts } from '../knowledge/fact-records.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { isInspectorsFinding, isSearchable } from '../knowledge/source-kind.ts';
import type { AbbreviationLearning } from './abbreviations/learn-abbreviations.ts';
import { councilSynonyms } from './council-synonyms.ts';
import {
  indexShingles,
  openShingleIndex,
  type ShingleIndex,
  type ShingleIndexData,
} from './quote-shingles.ts';
import {
  indexSearchDocuments,
  openSearchIndex,
  type SearchIndex,
  type SearchIndexData,
} from './search-index.ts';
import type { SynonymTable } from './synonym-table.ts';
import { createTopicGate, type TopicGate } from './topic-gate.ts';

/** A knowledge base made searchable: passages and curated facts, each in its own index. */
export interface KnowledgeIndex {
  knowledgeBase: KnowledgeBase;
  passages: SearchIndex;
  facts: SearchIndex;
  factRecords: FactRecord[];
  factRecordsById: ReadonlyMap<string, FactRecord>;
  /** The glossary's synonyms and the abbreviations this council's documents spell out. */
  synonyms: SynonymTable;
  /** What was learned from the documents, and what was left out and why. */
  abbreviations: AbbreviationLearning;
  /** Whether a free question is about children's services or the people in the facts. */
  onTopic: TopicGate;
  /** Primary-source passages by their eight-word runs, to trace what secondary sources quote. */
  primaryRuns: ShingleIndex;
  builtAt: Date;
  buildMs: number;
}

/** What building a council's indexes produces: the part a snapshot holds. */
export interface KnowledgeIndexData {
  passages: SearchIndexData;
  facts: SearchIndexData;
  primaryRuns: ShingleIndexData;
  buildMs: number;
}

/** Builds the search indexes for a loaded knowledge base. */
export function buildKnowledgeIndex(
  knowledgeBase: KnowledgeBase,
  now = () => new Date(),
): KnowledgeIndex {
  return openKnowledgeIndex(knowledgeBase, indexKnowledge(knowledgeBase), now);
}

/** The costly part of a build, which a worker thread can do and a snapshot can hold. */
export function indexKnowledge(knowledgeBase: KnowledgeBase): KnowledgeIndexData {
  const started = performance.now();
  // Safeguarding guidance is quoted only as the reply to a message about a child, never found.
  const searchable = knowledgeBase.passages.filter((passage) => {
    const kind = knowledgeBase.documentsById.get(passage.docId)?.meta.kind;
    return kind !== undefined && isSearchable(kind);
  });
  const passages = indexSearchDocuments(
    searchable.map((passage) => ({
      id: passage.id,
      title: knowledgeBase.documentsById.get(passage.docId)?.meta.title ?? '',
      headings: passage.headingPath.join(' / '),
      text: passage.text,
    })),
  );
  const facts = indexSearchDocuments(
    flattenFacts(knowledgeBase.facts).map((record) => ({
      id: record.id,
      title: record.subject,
      headings: record.keywords,
      text: `${record.statement} ${record.source.quote}`,
    })),
  );
  const primaryRuns = indexShingles(
    knowledgeBase.passages.filter((passage) => {
      const kind = knowledgeBase.documentsById.get(passage.docId)?.meta.kind;
      return kind !== undefined && isInspectorsFinding(kind);
    }),
  );
  return { passages, facts, primaryRuns, buildMs: performance.now() - started };
}

/** A knowledge index over built (or revived) data; the cheap part, done where it is served. */
export function openKnowledgeIndex(
  knowledgeBase: KnowledgeBase,
  data: KnowledgeIndexData,
  now = () => new Date(),
): KnowledgeIndex {
  const factRecords = flattenFacts(knowledgeBase.facts);
  // Learned here, not in the costly build: reading a council's passages for "(ABBR)" is quick,
  // and a snapshot then never holds a glossary older than the one loaded.
  const { table: synonyms, learning } = councilSynonyms(knowledgeBase);
  return {
    knowledgeBase,
    passages: openSearchIndex(data.passages, synonyms),
    facts: openSearchIndex(data.facts, synonyms),
    factRecords,
    factRecordsById: new Map(factRecords.map((record) => [record.id, record])),
    primaryRuns: openShingleIndex(
      data.primaryRuns,
      (id) => knowledgeBase.passagesById.get(id)?.text,
    ),
    synonyms,
    abbreviations: learning,
    onTopic: createTopicGate(
      knowledgeBase.facts.people.flatMap((person) => [person.name, ...person.aliases]),
      synonyms,
    ),
    builtAt: now(),
    buildMs: data.buildMs,
  };
}
