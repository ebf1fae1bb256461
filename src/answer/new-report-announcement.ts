import type { KnowledgeLibrary } from '../search/knowledge-library.ts';
import { judgementAreas } from './judgement-area.ts';
import { inspectionsInOrder } from './list-ratings.ts';

/** What to tell a council's community when a new report of theirs is loaded. */
export interface NewReportAnnouncement {
  council: { id: string; name: string };
  title: string;
  publisher: string;
  published: string;
  url: string | null;
  /** Each judgement of the new report, with the grade the previous inspection gave that area. */
  grades: Array<{ judgement: string; grade: string; previous: string | null }>;
}

/**
 * The announcement for a newly loaded inspection report: its grades against the previous
 * inspection's, area by area across frameworks. Undefined for any other document.
 */
export function newReportAnnouncement(
  library: KnowledgeLibrary,
  docId: string,
): NewReportAnnouncement | undefined {
  const document = library.knowledgeBase.documentsById.get(docId);
  const council = document?.meta.council;
  if (!document || !council || document.meta.kind !== 'inspection-report') return undefined;
  const index = library.indexFor(council.id);
  if (!index) return undefined;
  const inspections = inspectionsInOrder(index);
  const at = inspections.findIndex((inspection) => inspection.report === docId);
  const inspection = inspections[at];
  if (!inspection) return undefined;
  const previous = at > 0 ? inspections[at - 1] : undefined;
  return {
    council: { id: council.id, name: council.name },
    title: document.meta.title,
    publisher: document.meta.publisher,
    published: document.meta.published,
    url: document.meta.url,
    grades: inspection.judgements.map((judgement) => {
      const areas = judgementAreas(judgement.judgement);
      const before = previous?.judgements.find((earlier) =>
        judgementAreas(earlier.judgement).some((area) => areas.includes(area)),
      );
      return {
        judgement: judgement.judgement,
        grade: judgement.grade,
        previous: before?.grade ?? null,
      };
    }),
  };
}
