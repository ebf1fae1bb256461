import type { Inspection } from '../knowledge/facts-schema.ts';
import type { KnowledgeDocument } from '../knowledge/knowledge-document.ts';
import { isInspectorsFinding } from '../knowledge/source-kind.ts';
import type { InspectionRef, QuestionQuery } from '../question/question-query.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { extractSourceHints } from '../search/source-hints.ts';
import { chooseInspectionsFor, inspectionYear } from './choose-inspections.ts';
import { describingInspection, describingInspectionFor } from './described-inspection.ts';
import { inspectionsInOrder } from './list-ratings.ts';
import { documentYear } from './named-years.ts';

/** What a question names an inspection by, when the sources hold no inspection it picks. */
export interface UnheldInspection {
  /** The reply: which inspection the sources do not hold, and which they do. */
  notice: string;
  /**
   * Whether nothing can answer it: the grades of an inspection not held. Anything else passages
   * may still answer if they speak of the year itself ("the monitoring visit in October 2019").
   */
  refuse: boolean;
  /** The year asked for, for passages that may speak of it. */
  year: number | undefined;
}

/** A question about an inspection or visit rather than about what happened in a year. */
const inspectionWords =
  /\b(inspect(ion|ions|ed|ors?)?|monitoring visits?|visits? by|re-?inspect\w*|ofsted|judge?ments?|grades?|rat(ed|ing|ings))\b/i;

/**
 * Whether a question names an inspection by year, or as the one after or before a year, that
 * none of the council's inspections or documents is: "grades at the 2022 inspection" of a
 * council whose sources hold 2019 and 2025, or "the next inspection after 2018" when 2018 is
 * the latest. Other years' passages do not answer it, and the reply says what the sources hold.
 */
export function unheldInspection(
  index: KnowledgeIndex,
  query: QuestionQuery,
): UnheldInspection | undefined {
  const ref = query.inspection;
  if (ref.kind !== 'year' && ref.kind !== 'after' && ref.kind !== 'before') return undefined;
  const inspections = inspectionsInOrder(index);
  if (inspections.length === 0) return undefined;
  if (chooseInspectionsFor(inspections, ref, 'latest').length > 0) return undefined;
  // A later report's account of it may answer ("last inspected in September 2018 and judged
  // inadequate").
  if (describingInspectionFor(inspections, query)) return undefined;
  // Only an inspection's own report, or a later one's account, gives its grades and its dates
  // ("what month in 2017 did they get the inadequate"); anything else passages may still tell.
  // The report after a year is the one that tells of the inspection before it ("before 2017").
  const refuse =
    query.asks === 'grade' ||
    (query.asks === 'date' &&
      ref.kind !== 'before' &&
      (query.namesGrade || inspectionWords.test(query.text)));
  const aboutInspection = refuse || inspectionWords.test(query.text);
  const held = `They hold ${heldList(inspections)}.`;
  if (ref.kind !== 'year') {
    if (!refuse) return undefined;
    return {
      notice: `The sources hold no inspection ${relation(ref)}. ${held}`,
      refuse,
      year: undefined,
    };
  }
  // A year is held by any of the council's documents (a press release reporting a visit),
  // unless the question names whose words it wants: "what did Ofsted's 2018 visits find" is not
  // answered by a 2018 press release.
  const documents = councilDocuments(index);
  const named = extractSourceHints(
    query.text,
    documents.map((document) => document.meta.publisher),
  );
  const asked = documents.filter(
    (document) =>
      (named.publishers.length === 0 || named.publishers.includes(document.meta.publisher)) &&
      (!named.inspectors || isInspectorsFinding(document.meta.kind)),
  );
  if (asked.some((document) => documentYear(document) === ref.year)) return undefined;
  // A later report dates it by its year alone: the month asked is what the sources lack.
  const yearOnly =
    query.asksMonth && describingInspection(inspections, ref.year, 'date') !== undefined;
  return {
    notice: yearOnly
      ? `The sources give only the year of the ${ref.year} inspection, not its month. ${held}`
      : `The sources hold no ${aboutInspection ? 'inspection' : 'document'} from ${ref.year}. ${held}`,
    // What that year's report said is in no other report, though another may name the year;
    // how things have changed since it is ("better now than at the 2022 inspection?").
    refuse: refuse || (query.asks !== 'comparison' && query.reportYear === ref.year),
    year: ref.year,
  };
}

function relation(ref: Extract<InspectionRef, { kind: 'after' | 'before' }>): string {
  return `${ref.kind} ${ref.year}`;
}

/** The documents about the council itself, not general guidance loaded for every council. */
function councilDocuments(index: KnowledgeIndex): KnowledgeDocument[] {
  return index.knowledgeBase.documents.filter((document) => document.meta.council !== undefined);
}

/** "the Ofsted inspections of 2019 and 2025", as a reader would list them. */
function heldList(inspections: readonly Inspection[]): string {
  const years = [...new Set(inspections.map(inspectionYear))];
  const last = years.pop();
  const list = years.length > 0 ? `${years.join(', ')} and ${last}` : String(last);
  return `${inspections.length > 1 ? 'inspections' : 'an inspection'} from ${list}`;
}
