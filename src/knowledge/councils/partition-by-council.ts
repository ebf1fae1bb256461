import type { FactSource, FactsFile, Inspection } from '../facts-schema.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { KnowledgeDocument, Passage } from '../knowledge-document.ts';
import { peopleWithLeadInspectors } from '../lead-inspector-people.ts';
import type { Council } from './council-directory.ts';

/** One council's share of the knowledge: its documents, general documents, and its facts. */
export interface CouncilKnowledge {
  council: Council;
  knowledgeBase: KnowledgeBase;
}

/**
 * Splits a knowledge base by council. A document belongs to the council its front matter names;
 * a fact to the council of the document it cites, so facts.yaml needs no council of its own.
 * Documents that name no council (general guidance) are shared by every council.
 */
export function partitionByCouncil(knowledgeBase: KnowledgeBase): CouncilKnowledge[] {
  const councils = new Map<string, Council>();
  for (const document of knowledgeBase.documents) {
    const ref = document.meta.council;
    if (ref && !councils.has(ref.id)) {
      councils.set(ref.id, {
        id: ref.id,
        name: ref.name,
        ...(ref.ofsted_urn === undefined ? {} : { ofstedUrn: ref.ofsted_urn }),
      });
    }
  }
  const councilOf = (docId: string) => knowledgeBase.documentsById.get(docId)?.meta.council?.id;
  // One pass, in the knowledge base's order: a council's own items go to it, general ones to
  // every council. Filtering every passage once per council would cost councils × passages.
  const documents = new Map([...councils.keys()].map((id) => [id, [] as KnowledgeDocument[]]));
  const passages = new Map([...councils.keys()].map((id) => [id, [] as Passage[]]));
  const share = <T>(buckets: Map<string, T[]>, owner: string | undefined, item: T) => {
    if (owner !== undefined) buckets.get(owner)?.push(item);
    else for (const bucket of buckets.values()) bucket.push(item);
  };
  for (const document of knowledgeBase.documents) {
    share(documents, document.meta.council?.id, document);
  }
  for (const passage of knowledgeBase.passages) {
    if (knowledgeBase.documentsById.has(passage.docId)) {
      share(passages, councilOf(passage.docId), passage);
    }
  }
  return [...councils.values()].map((council) => {
    const own = documents.get(council.id) ?? [];
    const ownPassages = passages.get(council.id) ?? [];
    const ownFact = (source: FactSource) => councilOf(source.doc) === council.id;
    return {
      council,
      knowledgeBase: {
        ...knowledgeBase,
        documents: own,
        documentsById: new Map(own.map((document) => [document.meta.id, document])),
        passages: ownPassages,
        passagesById: new Map(ownPassages.map((passage) => [passage.id, passage])),
        facts: factsOf(knowledgeBase.facts, ownFact),
      },
    };
  });
}

function factsOf(facts: FactsFile, own: (source: FactSource) => boolean): FactsFile {
  const inspections = facts.inspections.filter((inspection) =>
    inspectionSources(inspection).some(own),
  );
  const people = facts.people.filter((person) => person.roles.some((role) => own(role.source)));
  return {
    ...facts,
    inspections,
    timeline: facts.timeline.filter((event) => own(event.source)),
    people: peopleWithLeadInspectors({ ...facts, inspections, people }),
    consequences: facts.consequences.filter((consequence) => own(consequence.source)),
  };
}

function inspectionSources(inspection: Inspection): FactSource[] {
  return [
    ...(inspection.report ? [{ doc: inspection.report, quote: '' }] : []),
    ...inspection.judgements.map((judgement) => judgement.source),
    ...[inspection.dates, inspection.published, inspection.lead_inspector, inspection.previous]
      .map((part) => part?.source)
      .filter((source): source is FactSource => source !== undefined),
  ];
}
