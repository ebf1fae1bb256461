import type { KnowledgeDocument } from '../knowledge/knowledge-document.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';

/** A year that bounds a span ("since 2019", "after 2017") asks about what came after it. */
const boundsASpan =
  /\b(since|after|before|following|prior to|between|from)\s+(the\s+)?(19|20)\d\d\b/i;

/** The year a document speaks for: an inspection's fieldwork year, else its publication year. */
export function documentYear(document: KnowledgeDocument): number {
  return Number((document.meta.inspected?.to ?? document.meta.published).slice(0, 4));
}

/**
 * Which documents, by id, may answer a question that names its years, or undefined when any
 * may. A year named (or an inspection referred to) that the council has documents from is the
 * one asked about: another year's passages and facts answer another inspection, however well
 * they match. A year that bounds a span only leans (search-passages weighs it). A report is of
 * its fieldwork's year and of its publication's. An id of no loaded document answers nothing.
 */
export function namedYearDocuments(
  index: KnowledgeIndex,
  question: string,
  years: readonly number[],
  /** True when the years are inspections the question refers to ("the first one"). */
  referred: boolean,
): ((docId: string) => boolean) | undefined {
  const named = referred || (years.length > 0 && !boundsASpan.test(question));
  const yearsOf = (document: KnowledgeDocument) => [
    documentYear(document),
    Number(document.meta.published.slice(0, 4)),
  ];
  const { documents, documentsById } = index.knowledgeBase;
  const held = new Set(documents.flatMap(yearsOf));
  if (!named || !years.some((year) => held.has(year))) return undefined;
  return (docId) => {
    const document = documentsById.get(docId);
    return document !== undefined && yearsOf(document).some((year) => years.includes(year));
  };
}
