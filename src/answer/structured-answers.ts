import type { FactRecord, InspectionDetail } from '../knowledge/fact-records.ts';
import type { Inspection } from '../knowledge/facts-schema.ts';
import type { QuestionQuery } from '../question/question-query.ts';
import { contentStems } from '../search/analyse-term.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { extractTimeHints } from '../search/time-hints.ts';
import type { CitedResult } from './answer.ts';
import { chooseInspectionsFor, hasOverallGrade, inspectionYear } from './choose-inspections.ts';
import { citeFacts } from './cite-fact.ts';
import { comparisonAnswers } from './comparison-answers.ts';
import { describingInspectionFor } from './described-inspection.ts';
import { inspectionRecords } from './inspection-records.ts';
import { judgementAreas } from './judgement-area.ts';
import { inspectionsInOrder } from './list-ratings.ts';
import { strengthAnswers } from './strength-answers.ts';
import { listTopic, topicShare } from './topic-share.ts';
import { whatTheRulesAllow } from './what-the-rules-allow.ts';

/**
 * A person question about who led the inspection: "the lead inspector", "the HMI", "who led that
 * one", "in charge of the inspection"; "in charge of children's services", "who led the
 * council" and "the lead member" ask for someone else.
 */
const asksForLeadInspector =
  /\binspector|\bhmi\b|\bled\b[^?.]{0,30}\b(inspection|visit|one|ofsted)\b|\blead\b(?! (member|portfolio|councillor|officer|for)\b)|\bin charge of (the|that|this) ((\w+ ){0,3}one|inspection|visit)\b/i;

/** The grades "not good" and "not outstanding" leave out. */
const leftOut = { good: /^(good|outstanding)\b/i, outstanding: /^outstanding\b/i } as const;

/**
 * Answers a question from the facts of the reports, where what it asks for is structure: the
 * grades of an inspection (one area's, or those below good), its dates, its lead inspector,
 * what it says needs to improve or its strengths, or how each grade changed. Empty when the question asks for
 * a finding, or when the facts hold nothing of the kind.
 */
export function structuredAnswers(index: KnowledgeIndex, query: QuestionQuery): CitedResult[] {
  const inspections = inspectionsInOrder(index);
  if (inspections.length === 0) return [];
  const pick = (fallback: 'latest' | 'all') =>
    chooseInspectionsFor(inspections, query.inspection, fallback);
  const cite = (list: FactRecord[]) => citeFacts(index, list, (record) => record.subject);
  // The grade or date of an inspection known only from the next report's account of it; a span
  // is answered below, from both inspections' dates.
  const described = query.asks === 'span' ? undefined : describingInspectionFor(inspections, query);
  if (described) return cite(inspectionFacts(index, described, ['previous']));

  switch (query.asks) {
    case 'grade': {
      const chosen = inspectionsForGrades(inspections, query);
      return cite(chosen.flatMap((inspection) => gradesOf(index, inspection, query)));
    }
    case 'comparison': {
      const chosen = inspectionsForGrades(inspections, query);
      const grades = chosen.map((inspection) => gradesOf(index, inspection, query));
      return comparisonAnswers(index, query, chosen, grades);
    }
    case 'improvements':
      return cite(
        onTopicFirst(
          index,
          query,
          pick('latest').flatMap((inspection) =>
            inspectionRecords(index, inspection, 'improvements'),
          ),
        ),
      );
    case 'strengths':
      return cite(strengthAnswers(index, inspections, query));
    case 'date':
    case 'span':
      // "How long did it take to go from inadequate to good": the dates of both inspections.
      if (query.asks === 'span' && query.gradeChange) {
        return cite(gradeChangeRecords(index, inspections, query.gradeChange));
      }
      if (query.asks === 'span' && query.betweenInspections) {
        return cite(intervalRecords(index, inspections, query));
      }
      if (!query.aboutInspection) return [];
      return cite(datesOf(index, pick('latest')));
    case 'person':
      if (!asksForLeadInspector.test(query.text)) return [];
      return cite(
        pick('latest').flatMap((inspection) =>
          inspectionFacts(index, inspection, ['lead-inspector']),
        ),
      );
    case 'consequence':
      return query.hypothetical ? cite(whatTheRulesAllow(index)) : [];
    default:
      return [];
  }
}

/**
 * A list the question asks for whole, with the items on the topic it names first ("anything
 * to sort on accommodation?"): each item stays, since the list is the answer.
 */
function onTopicFirst(
  index: KnowledgeIndex,
  query: QuestionQuery,
  list: readonly FactRecord[],
): FactRecord[] {
  const topic = listTopic(index, query.topic);
  if (!index.onTopic(topic)) return [...list];
  const share = topicShare(index, topic);
  return list
    .map((record, order) => ({ record, order, share: share(record.source.quote) }))
    .sort((a, b) => b.share - a.share || a.order - b.order)
    .map(({ record }) => record);
}

/**
 * One inspection's grades a question wants, in reading order: the named area's, else all,
 * the headline first; only those below good when that is asked.
 */
function gradesOf(
  index: KnowledgeIndex,
  inspection: Inspection,
  query: QuestionQuery,
): FactRecord[] {
  const judgements = inspection.judgements.map((judgement, j) => ({
    judgement,
    record: index.factRecordsById.get(`inspections/${inspection.id}/judgements/${j}`),
  }));
  const notGrade = query.notGrade;
  let wanted = notGrade
    ? judgements.filter(({ judgement }) => !leftOut[notGrade].test(judgement.grade))
    : judgements;
  const area = query.area;
  const named = area ? [] : namedJudgements(query.text, wanted);
  if (area) {
    const inArea = wanted.filter(({ judgement }) =>
      judgementAreas(judgement.judgement).includes(area),
    );
    // An area this inspection did not judge on its own ("the 16+ team" of a 2013 inspection
    // of services for children in care) is answered by its passages, after the headline grade.
    wanted = inArea.length > 0 ? inArea : wanted.filter(({ record }) => record?.headline);
  } else if (named.length > 0) {
    // A judgement of an older framework named as printed ("capacity to improve").
    wanted = named;
  } else if (query.polar && !notGrade && !query.everyArea && query.asks === 'grade') {
    // "Was 2017 the first time it was judged failing?" is settled by the headline grade; every
    // judgement would crowd out the passages that answer the rest of the question.
    const headline = wanted.filter(({ record }) => record?.headline);
    if (headline.length > 0) wanted = headline;
  }
  return wanted
    .flatMap(({ record }) => (record ? [record] : []))
    .sort((a, b) => Number(b.headline ?? false) - Number(a.headline ?? false));
}

/**
 * The time from one inspection to the next, from the facts: when inspectors were on site at the
 * inspection meant (the one of the year named, else the latest) and at the one before it, and
 * what its report says of the previous inspection, which answers when that one is not loaded.
 */
function intervalRecords(
  index: KnowledgeIndex,
  inspections: readonly Inspection[],
  query: QuestionQuery,
): FactRecord[] {
  // "Between the 2017 and 2020 inspections" means the later one and the one before it.
  const years = extractTimeHints(query.text).years;
  const ref = query.inspection;
  const year = years.length > 0 ? Math.max(...years) : 'year' in ref ? ref.year : undefined;
  const named = inspections.findLastIndex((inspection) => inspectionYear(inspection) === year);
  const at = named >= 0 ? named : inspections.length - 1;
  const later = inspections[at];
  if (!later) return [];
  const onSite = (inspection: Inspection | undefined) =>
    inspection ? inspectionFacts(index, inspection, ['dates']) : [];
  const previous = inspectionFacts(index, later, ['previous']);
  // The loaded inspection before is not the previous one when the report dates another
  // ("since the last inspection in 2018", with only 2016's report loaded).
  const before = inspections[at - 1];
  const isPrevious =
    before !== undefined && (!later.previous?.when || later.previous.inspection === before.id);
  return [...onSite(later), ...(isPrevious ? onSite(before) : []), ...previous];
}

/** When each inspection was: its dates on site and its publication. */
function datesOf(index: KnowledgeIndex, inspections: readonly Inspection[]): FactRecord[] {
  return inspections.flatMap((inspection) =>
    inspectionFacts(index, inspection, ['dates', 'published']),
  );
}

/** An inspection's own records of the details named, in record order. */
function inspectionFacts(
  index: KnowledgeIndex,
  inspection: Inspection,
  details: readonly InspectionDetail[],
): FactRecord[] {
  return inspectionRecords(index, inspection, 'inspections').filter(
    (record) => record.detail !== undefined && details.includes(record.detail),
  );
}

/**
 * When a change of grade began and ended: the dates of both inspections, or, when the earlier
 * report is not loaded, the later one's dates and what it says of the previous inspection
 * ("improved since they were found to be inadequate in 2017").
 */
function gradeChangeRecords(
  index: KnowledgeIndex,
  inspections: readonly Inspection[],
  change: NonNullable<QuestionQuery['gradeChange']>,
): FactRecord[] {
  const both = gradeChangeInspections(inspections, change);
  if (both.length > 0) return datesOf(index, both);
  const later = inspections.find(
    (inspection) =>
      hasOverallGrade(inspection, change.to) &&
      inspection.previous?.grade?.toLowerCase().startsWith(change.from),
  );
  return later ? inspectionFacts(index, later, ['dates', 'previous']) : [];
}

/**
 * The inspections a change of grade spans: the last one graded `from` that a later one graded
 * `to` follows, and that later one. Empty when the council's grades never changed so.
 */
function gradeChangeInspections(
  inspections: readonly Inspection[],
  change: NonNullable<QuestionQuery['gradeChange']>,
): Inspection[] {
  for (let to = 0; to < inspections.length; to += 1) {
    const later = inspections[to];
    if (!later || !hasOverallGrade(later, change.to)) continue;
    const from = inspections
      .slice(0, to)
      .findLastIndex((inspection) => hasOverallGrade(inspection, change.from));
    const earlier = inspections[from];
    if (earlier) return [earlier, later];
  }
  return [];
}

/**
 * The judgements a question names by their printed names: every content word of the name, by
 * stem, is in the question ("what did kent get for capacity to improve?"). A name of one word
 * ("Leadership") is an area, read as one already.
 */
function namedJudgements<T extends { judgement: { judgement: string } }>(
  question: string,
  judgements: readonly T[],
): T[] {
  const asked = new Set(contentStems(question));
  return judgements.filter(({ judgement }) => {
    const name = contentStems(judgement.judgement);
    return name.length >= 2 && name.every((stem) => asked.has(stem));
  });
}

/**
 * The inspections a grade question means. A comparison "since 2016" spans that inspection and
 * every later one, "2017 and 2024" the years between, "than last time" the latest two; a grade of an area with no inspection named is the latest that judged it
 * (the board was last judged in 2017, not in 2024).
 */
function inspectionsForGrades(
  inspections: readonly Inspection[],
  query: QuestionQuery,
): Inspection[] {
  const ref = query.inspection;
  if (query.asks === 'comparison') {
    // "How does 2024 compare with 2017": the span between the years named.
    const years = extractTimeHints(query.text).years;
    if (years.length > 1) {
      const [from, to] = [Math.min(...years), Math.max(...years)];
      return inspections.filter((inspection) => {
        const year = inspectionYear(inspection);
        return year >= from && year <= to;
      });
    }
    if (ref.kind === 'after' || ref.kind === 'year') {
      return inspections.filter((inspection) => inspectionYear(inspection) >= ref.year);
    }
    // "Better than last time", "better now": the latest and the one before it.
    if (ref.kind === 'previous' || ref.kind === 'latest') return inspections.slice(-2);
    return chooseInspectionsFor(inspections, ref, 'all');
  }
  const area = query.area;
  if (ref.kind === 'any' && area) {
    const judged = inspections.filter((inspection) =>
      inspection.judgements.some((judgement) => judgementAreas(judgement.judgement).includes(area)),
    );
    if (judged.length > 0) return judged.slice(-1);
  }
  return chooseInspectionsFor(inspections, ref, 'latest');
}

/**
 * Where the facts settle that the sources do not answer: a lead inspector asked of a named
 * inspection whose report is not loaded, or does not print one. Undefined otherwise.
 */
export function absentFromFacts(index: KnowledgeIndex, query: QuestionQuery): string | undefined {
  if (query.asks !== 'person' || !asksForLeadInspector.test(query.text)) return undefined;
  if (query.inspection.kind === 'any' || query.inspection.kind === 'latest') return undefined;
  const chosen = chooseInspectionsFor(inspectionsInOrder(index), query.inspection, 'latest');
  const [inspection] = chosen;
  // Only an inspection's own report names who led it: another year's passages cannot.
  if (chosen.length === 0) {
    return 'The sources hold no report of that inspection, so nothing in them names who led it.';
  }
  if (chosen.length !== 1 || !inspection || inspection.lead_inspector) return undefined;
  return `The sources do not name the lead inspector of the ${inspection.inspectorate} inspection ${inspection.name}.`;
}
