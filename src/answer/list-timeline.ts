import { type FactRecord, formatDateAsKnown } from '../knowledge/fact-records.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { Answer } from './answer.ts';
import { citeFacts } from './cite-fact.ts';

/**
 * Every dated event, oldest first: the curated timeline together with each inspection's dates
 * and publication, so the inspections are on it even when the timeline does not repeat them.
 */
export function listTimeline(index: KnowledgeIndex): Answer {
  const dated = index.factRecords.filter(
    (record) =>
      record.date !== undefined &&
      (record.category === 'timeline' || record.category === 'inspection'),
  );
  const seen = new Set<string>();
  const unique = dated.filter((record) => {
    const key = `${record.date}\0${record.source.doc}\0${record.source.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  // Each record carries its dated statement into the citation, so nothing is paired by position.
  const restated = unique.map((record) => ({ ...record, statement: timelineStatement(record) }));
  const results = citeFacts(index, restated, (record) => record.date?.slice(0, 4) ?? null);
  return {
    command: 'timeline',
    query: '',
    answered: results.length > 0,
    title: 'Timeline',
    summary: results.length > 0 ? `${results.length} dated events, oldest first.` : null,
    results,
    suggestions: [],
    notice:
      results.length > 0 ? null : 'This knowledge base has no dated events (knowledge/facts.yaml).',
  };
}

function timelineStatement(record: FactRecord): string {
  return record.date
    ? `${formatDateAsKnown(record.date, record.precision)}: ${record.statement}`
    : record.statement;
}
