import type { Council } from '../knowledge/councils/council-directory.ts';
import type { Inspection } from '../knowledge/facts-schema.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import type { RatingEntry } from './answer.ts';
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
        // A report that does not print its publication date still has the listing's date.
        published:
          inspection.published?.date ??
          index.knowledgeBase.documentsById.get(inspection.report ?? judgement.source.doc)?.meta
            .published ??
          null,
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
