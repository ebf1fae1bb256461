import { formatLongDate } from '../knowledge/fact-records.ts';
import type { Inspection } from '../knowledge/facts-schema.ts';
import { inspectionsOldestFirst } from '../knowledge/inspection-order.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { foldText } from '../text/fold-text.ts';
import type { Answer } from './answer.ts';
import { citeFacts } from './cite-fact.ts';

/** The option value that asks for every inspection side by side. */
export const allInspections = 'all';

/** Inspections oldest first, by when inspectors were on site (or published). */
export function inspectionsInOrder(index: KnowledgeIndex): Inspection[] {
  return inspectionsOldestFirst(index.knowledgeBase.facts.inspections);
}

/** Finds an inspection by id, name or year ("2017"); undefined when none matches. */
export function findInspection(index: KnowledgeIndex, wanted: string): Inspection | undefined {
  const folded = foldText(wanted).trim();
  const inspections = inspectionsInOrder(index);
  return (
    inspections.find((inspection) => inspection.id === folded) ??
    inspections.find((inspection) => foldText(inspection.name) === folded) ??
    inspections.find(
      (inspection) =>
        foldText(inspection.name).includes(folded) ||
        (/^\d{4}$/.test(folded) && inspection.id.includes(folded)),
    )
  );
}

/** The inspections a `/rating` inspection option asks for: latest, all, or one by name or year. */
export function chooseInspections(index: KnowledgeIndex, wanted: string): Inspection[] {
  const inspections = inspectionsInOrder(index);
  if (foldText(wanted) === allInspections) return inspections;
  if (wanted.trim() === '') return inspections.slice(-1);
  const found = findInspection(index, wanted);
  return found ? [found] : [];
}

/**
 * Every judgement and grade of an inspection (default: the latest), or of all of them, each
 * cited, with the inspection's dates and lead inspector.
 */
export function listRatings(index: KnowledgeIndex, wanted?: string): Answer {
  const inspections = inspectionsInOrder(index);
  const query = wanted?.trim() || '';
  const base = { command: 'rating', query, suggestions: [] as string[], summary: null };
  if (inspections.length === 0) {
    return {
      ...base,
      answered: false,
      title: 'Ratings',
      results: [],
      notice: 'This knowledge base has no curated inspection ratings (knowledge/facts.yaml).',
    };
  }

  const chosen = chooseInspections(index, query);
  if (chosen.length === 0) {
    return {
      ...base,
      answered: false,
      title: 'Ratings',
      results: [],
      suggestions: inspections.map((inspection) => inspection.name),
      notice: `No inspection matches “${query}”. Known inspections: ${inspections.map((i) => i.name).join(', ')}.`,
    };
  }

  const results = chosen.flatMap((inspection) => {
    const prefix = `inspections/${inspection.id}/`;
    const records = index.factRecords.filter((record) => record.id.startsWith(prefix));
    const ordered = [
      ...records.filter((record) => record.category === 'rating'),
      ...records.filter((record) => record.category !== 'rating'),
    ];
    // In a list, a caution about the whole inspection is said once, not under every judgement.
    return citeFacts(index, ordered, () => inspection.name).map((result, i) =>
      i > 0 && result.caution === inspection.caution ? { ...result, caution: null } : result,
    );
  });
  const only = chosen.length === 1 ? chosen[0] : undefined;
  return {
    ...base,
    answered: results.length > 0,
    title: only
      ? `Ratings: ${only.inspectorate} inspection ${only.name}`
      : 'Ratings of every inspection',
    summary: only ? describeInspection(only) : `${chosen.length} inspections, oldest first.`,
    results,
    notice: results.length > 0 ? null : 'No cited judgements are recorded for this inspection.',
  };
}

function describeInspection(inspection: Inspection): string {
  const parts = [inspection.framework];
  if (inspection.dates) {
    parts.push(
      `inspected ${formatLongDate(inspection.dates.from)} to ${formatLongDate(inspection.dates.to)}`,
    );
  }
  if (inspection.published) parts.push(`published ${formatLongDate(inspection.published.date)}`);
  if (inspection.lead_inspector) parts.push(`lead inspector ${inspection.lead_inspector.name}`);
  return parts.join(' · ');
}
