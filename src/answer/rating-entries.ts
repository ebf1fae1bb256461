import type { Council } from '../knowledge/councils/council-directory.ts';
import type { Inspection } from '../knowledge/facts-schema.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { RatingEntry } from './answer.ts';
import { inspectionYear } from './choose-inspections.ts';
import { citeFact } from './cite-fact.ts';
import { judgementArea } from './judgement-area.ts';

/** Every judgement of the given inspections as data, each with the passage its quote stands in. */
export function ratingEntries(
  index: KnowledgeIndex,
  council: Council,
  inspections: readonly Inspection[],
): RatingEntry[] {
  return inspections.flatMap((inspection) =>
    inspection.judgements.map((judgement, j): RatingEntry => {
      const record = index.factRecordsById.get(`inspections/${inspection.id}/judgements/${j}`);
      const cited = record ? citeFact(index, record) : undefined;
      return {
        council: { id: council.id, name: council.name },
        inspection: inspection.name,
        year: inspectionYear(inspection),
        // A report that does not print its publication date still has the listing's date;
        // an inspection known only from others' accounts has none.
        published:
          inspection.published?.date ??
          (inspection.report
            ? (index.knowledgeBase.documentsById.get(inspection.report)?.meta.published ?? null)
            : null),
        inspected: inspection.dates
          ? { from: inspection.dates.from, to: inspection.dates.to }
          : null,
        framework: inspection.framework,
        judgement: judgement.judgement,
        area: judgementArea(judgement.judgement),
        grade: judgement.grade,
        quote: judgement.source.quote,
        docId: judgement.source.doc,
        passageId: cited?.passageId ?? null,
      };
    }),
  );
}
