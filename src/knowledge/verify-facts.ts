import type {
  Consequence,
  FactSource,
  FactsFile,
  Inspection,
  Person,
  TimelineEvent,
} from './facts-schema.ts';
import type { KnowledgeDocument } from './knowledge-document.ts';
import type { KnowledgeProblem } from './knowledge-problem.ts';
import { locateQuote } from './locate-quote.ts';

/** Facts whose every quote was found verbatim in its document, and the problems with the rest. */
export interface VerifiedFacts {
  facts: FactsFile;
  problems: KnowledgeProblem[];
}

/**
 * Checks every fact's source against the loaded documents and drops the facts that fail, so no
 * fact is ever shown without the words that support it.
 */
export function verifyFacts(
  file: string,
  facts: FactsFile,
  documents: ReadonlyMap<string, KnowledgeDocument>,
): VerifiedFacts {
  const problems: KnowledgeProblem[] = [];
  const holds = (source: FactSource, field: string): boolean => {
    const reason = checkSource(source, documents);
    if (reason) problems.push({ file, field: `${field}.source`, reason });
    return reason === undefined;
  };

  const inspections = facts.inspections.map((inspection, i) =>
    verifyInspection(inspection, `inspections[${i}]`, holds),
  );
  problems.push(...checkInspectionLinks(file, inspections, documents));
  const timeline = facts.timeline.filter((event: TimelineEvent, i) =>
    holds(event.source, `timeline[${i}]`),
  );
  const people = facts.people.flatMap((person: Person, i): Person[] => {
    const roles = person.roles.filter((role, r) => holds(role.source, `people[${i}].roles[${r}]`));
    const saidOrDid = person.said_or_did.filter((said, s) =>
      holds(said.source, `people[${i}].said_or_did[${s}]`),
    );
    return roles.length > 0 ? [{ ...person, roles, said_or_did: saidOrDid }] : [];
  });
  const consequences = facts.consequences.filter((consequence: Consequence, i) =>
    holds(consequence.source, `consequences[${i}]`),
  );

  return { facts: { inspections, timeline, people, consequences }, problems };
}

function verifyInspection(
  inspection: Inspection,
  field: string,
  holds: (source: FactSource, field: string) => boolean,
): Inspection {
  const { dates, published, lead_inspector, previous, ...rest } = inspection;
  const verified: Inspection = {
    ...rest,
    judgements: inspection.judgements.filter((judgement, j) =>
      holds(judgement.source, `${field}.judgements[${j}]`),
    ),
    improvements: inspection.improvements.filter((improvement, j) =>
      holds(improvement.source, `${field}.improvements[${j}]`),
    ),
    strengths: inspection.strengths.filter((strength, j) =>
      holds(strength.source, `${field}.strengths[${j}]`),
    ),
  };
  if (dates && holds(dates.source, `${field}.dates`)) verified.dates = dates;
  if (published && holds(published.source, `${field}.published`)) verified.published = published;
  if (lead_inspector && holds(lead_inspector.source, `${field}.lead_inspector`)) {
    verified.lead_inspector = lead_inspector;
  }
  if (previous && holds(previous.source, `${field}.previous`)) verified.previous = previous;
  return verified;
}

function checkInspectionLinks(
  file: string,
  inspections: Inspection[],
  documents: ReadonlyMap<string, KnowledgeDocument>,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const ids = new Set<string>();
  inspections.forEach((inspection, i) => {
    if (ids.has(inspection.id)) {
      problems.push({
        file,
        field: `inspections[${i}].id`,
        reason: `duplicate inspection id "${inspection.id}"`,
      });
    }
    ids.add(inspection.id);
    if (inspection.report && !documents.has(inspection.report)) {
      problems.push({
        file,
        field: `inspections[${i}].report`,
        reason: `names document "${inspection.report}", which is not loaded`,
      });
    }
  });
  inspections.forEach((inspection, i) => {
    const linked = inspection.previous?.inspection;
    if (linked !== undefined && !ids.has(linked)) {
      problems.push({
        file,
        field: `inspections[${i}].previous.inspection`,
        reason: `names inspection "${linked}", which is not in the facts`,
      });
    }
  });
  return problems;
}

function checkSource(
  source: FactSource,
  documents: ReadonlyMap<string, KnowledgeDocument>,
): string | undefined {
  const document = documents.get(source.doc);
  if (!document) return `cites document "${source.doc}", which is not loaded`;
  if (!locateQuote(document.body, source.quote)) {
    return `quote not found verbatim in "${source.doc}": "${abbreviate(source.quote)}"`;
  }
  return undefined;
}

function abbreviate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
