import type { DatePrecision } from './document-schema.ts';
import type { Consequence, FactSource, FactsFile, Inspection } from './facts-schema.ts';
import { inspectionsOldestFirst } from './inspection-order.ts';

/** The four kinds of question the curated facts answer, plus inspection details. */
export type FactCategory =
  | 'inspection'
  | 'rating'
  | 'improvement'
  | 'strength'
  | 'timeline'
  | 'person'
  | 'consequence';

/** The details of an inspection that each get a record of their own. */
export type InspectionDetail = 'dates' | 'published' | 'lead-inspector' | 'previous';

/** One curated fact, flattened: a plain statement and the verbatim source that supports it. */
export interface FactRecord {
  id: string;
  category: FactCategory;
  /** What the fact is about: an inspection's name, a person's name, an event. */
  subject: string;
  statement: string;
  /** Extra words to find the fact by (aliases, organisations); never shown as a finding. */
  keywords: string;
  source: FactSource;
  caution: string | undefined;
  /** True for the judgement that sums up an inspection ("Overall effectiveness"). */
  headline?: boolean;
  /** For an inspection's own details: which one the record states. */
  detail?: InspectionDetail;
  /** For a rating: the judgement graded, as the report names it. */
  judgement?: string;
  /** True for what a person said or did, as opposed to who they are. */
  said?: boolean;
  /** For a consequence: what the rules allow, or what happened. */
  consequence?: Consequence['kind'];
  /** ISO date for ordering, when the fact has one, and how exactly it is known. */
  date: string | undefined;
  precision?: DatePrecision;
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Words people use to ask when something happened, shared by every dated fact. */
const eventWords = 'when date dates happen happened take took place held';

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Writes an ISO date the way a British reader expects: "4 September 2017". */
export function formatLongDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A date only as precisely as it is known: "4 September 2017", "May 2012", "c. March 2019". */
export function formatDateAsKnown(isoDate: string, precision: DatePrecision = 'day'): string {
  if (precision === 'day') return formatLongDate(isoDate);
  const month = monthYear.format(new Date(`${isoDate}T00:00:00Z`));
  return precision === 'month' ? month : `c. ${month}`;
}

/** Flattens the facts file into records, each carrying its own source. */
export function flattenFacts(facts: FactsFile): FactRecord[] {
  const latest = inspectionsOldestFirst(facts.inspections).at(-1);
  return [
    ...facts.inspections.flatMap((inspection) =>
      inspectionRecords(
        inspection,
        (id) => facts.inspections.find((other) => other.id === id)?.name ?? id,
      ).map((record) =>
        // People ask for "the current rating": the latest inspection answers to those words.
        inspection === latest
          ? { ...record, keywords: `${record.keywords} latest current now recent` }
          : record,
      ),
    ),
    ...facts.timeline.map(
      (event, i): FactRecord => ({
        id: `timeline/${i}`,
        category: 'timeline',
        subject: event.event,
        statement: event.event,
        keywords: `${eventWords} timeline ${event.date.slice(0, 4)}`,
        source: event.source,
        caution: event.caution,
        date: event.date,
        precision: event.precision,
      }),
    ),
    ...facts.people.flatMap((person, p): FactRecord[] => {
      // Every record of a person answers to their names and roles: "what did the chief executive
      // say" finds what Jo Negrini said, not only who she is.
      const names = [
        person.name,
        ...person.aliases,
        ...person.roles.map((role) => `${role.role} ${role.organisation} ${role.party ?? ''}`),
      ].join(' ');
      return [
        ...person.roles.map(
          (role, r): FactRecord => ({
            id: `people/${p}/roles/${r}`,
            category: 'person',
            subject: person.name,
            statement: [
              `${person.name}: ${role.role}, ${role.organisation}`,
              role.party ? ` (${role.party})` : '',
              role.period ? `, ${role.period}` : '',
            ].join(''),
            keywords: `${names} who`,
            source: role.source,
            caution: undefined,
            date: undefined,
          }),
        ),
        ...person.said_or_did.map(
          (said, s): FactRecord => ({
            id: `people/${p}/said/${s}`,
            said: true,
            category: 'person',
            subject: person.name,
            statement: `${person.name}: ${said.summary}`,
            keywords: names,
            source: said.source,
            caution: said.caution,
            date: undefined,
          }),
        ),
      ];
    }),
    ...facts.consequences.map(
      (consequence, i): FactRecord => ({
        id: `consequences/${i}`,
        category: 'consequence',
        subject: consequence.kind === 'what-happened' ? 'What happened' : 'What the rules allow',
        consequence: consequence.kind,
        statement: consequence.who_decides
          ? `${consequence.summary} (who decides: ${consequence.who_decides})`
          : consequence.summary,
        keywords: 'consequences fail improve happens if',
        source: consequence.source,
        caution: consequence.caution,
        date: consequence.date,
      }),
    ),
  ];
}

function inspectionRecords(inspection: Inspection, nameOf: (id: string) => string): FactRecord[] {
  const base = { subject: inspection.name, caution: undefined };
  const label = `${inspection.inspectorate} inspection ${inspection.name}`;
  const records: FactRecord[] = [];
  if (inspection.dates) {
    const { from, to, source } = inspection.dates;
    records.push({
      ...base,
      id: `inspections/${inspection.id}/dates`,
      category: 'inspection',
      detail: 'dates',
      statement: `${label}: inspectors on site ${formatLongDate(from)} to ${formatLongDate(to)}`,
      keywords: `${eventWords} inspection dates fieldwork inspected`,
      source,
      date: from,
    });
  }
  if (inspection.published) {
    records.push({
      ...base,
      id: `inspections/${inspection.id}/published`,
      category: 'inspection',
      detail: 'published',
      statement: `${label}: report published ${formatLongDate(inspection.published.date)}`,
      keywords: `${eventWords} report published publication came out`,
      source: inspection.published.source,
      date: inspection.published.date,
    });
  }
  if (inspection.lead_inspector) {
    records.push({
      ...base,
      id: `inspections/${inspection.id}/lead-inspector`,
      category: 'inspection',
      detail: 'lead-inspector',
      statement: `${label}: lead inspector ${inspection.lead_inspector.name}`,
      keywords: `who lead inspector ${inspection.lead_inspector.name}`,
      source: inspection.lead_inspector.source,
      date: undefined,
    });
  }
  if (inspection.previous) {
    const { inspection: linked, when, grade } = inspection.previous;
    const previous = linked !== undefined ? nameOf(linked) : when ? `in ${when}` : 'not dated';
    records.push({
      ...base,
      id: `inspections/${inspection.id}/previous`,
      category: 'inspection',
      detail: 'previous',
      statement: `${label}: the previous inspection was ${previous}${grade ? `, judged ${grade.toLowerCase()}` : ''}`,
      keywords: 'previous last inspection before',
      source: inspection.previous.source,
      date: undefined,
    });
  }
  inspection.judgements.forEach((judgement, j) => {
    records.push({
      id: `inspections/${inspection.id}/judgements/${j}`,
      category: 'rating',
      judgement: judgement.judgement,
      subject: inspection.name,
      statement: `${judgement.judgement}: ${judgement.grade}`,
      keywords: [
        // The inspection's name, not its framework's long description ("…with a review of the
        // Local Safeguarding Children Board"), which would make every judgement match the LSCB.
        `${label} rating grade judgement judged rated`,
        // The overall judgement is the headline: it answers "how was the service rated?".
        /overall/i.test(judgement.judgement) ? 'overall headline children services' : '',
      ].join(' '),
      headline: /overall/i.test(judgement.judgement),
      source: judgement.source,
      caution: judgement.caution ?? inspection.caution,
      date: inspection.dates?.to ?? inspection.published?.date ?? inspection.published_listing,
    });
  });
  return [
    ...records,
    ...improvementRecords(inspection, label),
    ...strengthRecords(inspection, label),
  ];
}

/**
 * What a report says needs to improve, one record an item. Ids sit outside `inspections/<id>/`
 * so a ratings list, which takes every record under that prefix, stays a list of judgements.
 */
function improvementRecords(inspection: Inspection, label: string): FactRecord[] {
  return inspection.improvements.map(
    (improvement, i): FactRecord => ({
      id: `improvements/${inspection.id}/${i}`,
      category: 'improvement',
      subject: inspection.name,
      statement: `${label}: needs to improve: ${improvement.text}`,
      keywords: 'improve improvement improvements recommendations needs to improve weaknesses',
      source: improvement.source,
      caution: undefined,
      date: inspection.dates?.to ?? inspection.published?.date ?? inspection.published_listing,
    }),
  );
}

/**
 * The strengths a report states in its summary, one record a sentence, outside
 * `inspections/<id>/` for the same reason as improvements.
 */
function strengthRecords(inspection: Inspection, label: string): FactRecord[] {
  return inspection.strengths.map(
    (strength, i): FactRecord => ({
      id: `strengths/${inspection.id}/${i}`,
      category: 'strength',
      subject: inspection.name,
      statement: `${label}: a strength: ${strength.text}`,
      keywords: 'strength strengths positive',
      source: strength.source,
      caution: undefined,
      date: inspection.dates?.to ?? inspection.published?.date ?? inspection.published_listing,
    }),
  );
}
