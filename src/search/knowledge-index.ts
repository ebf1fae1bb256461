import { type FactRecord, flattenFacts } from '../knowledge/fact-records.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { isInspectorsFinding, isSearchable } from '../knowledge/source-kind.ts';
import { buildShingleIndex, type ShingleIndex } from './quote-shingles.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { createTopicGate, type TopicGate } from './topic-gate.ts';

/** A knowledge base made searchable: passages and curated facts, each in its own index. */
export interface KnowledgeIndex {
  knowledgeBase: KnowledgeBase;
  passages: SearchIndex;
  facts: SearchIndex;
  factRecords: FactRecord[];
  factRecordsById: ReadonlyMap<string, FactRecord>;
  /** Whether a free question is about children's services or the people in the facts. */
  onTopic: TopicGate;
  /** Primary-source passages by their eight-word runs, to trace what secondary sources quote. */
  primaryRuns: ShingleIndex;
  builtAt: Date;
  buildMs: number;
}

/** Builds the search indexes for a loaded knowledge base. */
export function buildKnowledgeIndex(
  knowledgeBase: KnowledgeBase,
  now = () => new Date(),
): KnowledgeIndex {
  const started = performance.now();
  const searchable = knowledgeBase.passages.filter((passage) => {
    const kind = knowledgeBase.documentsById.get(passage.docId)?.meta.kind;
    return kind !== undefined && isSearchable(kind);
  });
  const passages = buildSearchIndex(
    searchable.map((passage) => ({
      id: passage.id,
      title: knowledgeBase.documentsById.get(passage.docId)?.meta.title ?? '',
      headings: passage.headingPath.join(' / '),
      text: passage.text,
    })),
  );
  const factRecords = flattenFacts(knowledgeBase.facts);
  const facts = buildSearchIndex(
    factRecords.map((record) => ({
      id: record.id,
      title: record.subject,
      headings: record.keywords,
      text: `${record.statement} ${record.source.quote}`,
    })),
  );
  return {
    knowledgeBase,
    passages,
    facts,
    factRecords,
    factRecordsById: new Map(factRecords.map((record) => [record.id, record])),
    primaryRuns: buildShingleIndex(
      knowledgeBase.passages.filter((passage) => {
        const kind = knowledgeBase.documentsById.get(passage.docId)?.meta.kind;
        return kind !== undefined && isInspectorsFinding(kind);
      }),
    ),
    onTopic: createTopicGate(
      knowledgeBase.facts.people.flatMap((person) => [person.name, ...person.aliases]),
    ),
    builtAt: now(),
    buildMs: performance.now() - started,
  };
}
