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

/** Every council the knowledge base's documents name, in the documents' order. */
export function councilsOf(knowledgeBase: KnowledgeBase): Council[] {
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
  return [...councils.values()];
}

/**
 * Splits a knowledge base by council. A document belongs to the council its front matter names;
 * a fact to the council of the document it cites, so facts.yaml needs no council of its own.
 * Documents that name no council (general guidance) are shared by every council. With `only`,
 * just those councils' shares are made (the same as in the whole split): a library that reads
 * councils when first asked for makes each share then, not every council's at once.
 */
export function partitionByCouncil(
  knowledgeBase: KnowledgeBase,
  only?: readonly string[],
): CouncilKnowledge[] {
  const wanted = only && new Set(only);
  const councils = new Map(
    councilsOf(knowledgeBase)
      .filter((council) => !wanted || wanted.has(council.id))
      .map((council) => [council.id, council]),
  );
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
  const facts = factsByCouncil(knowledgeBase.facts, [...councils.keys()], councilOf);
  return [...councils.values()].map((council) => {
    const own = documents.get(council.id) ?? [];
    const ownPassages = passages.get(council.id) ?? [];
    return {
      council,
      knowledgeBase: {
        ...knowledgeBase,
        documents: own,
        documentsById: new Map(own.map((document) => [document.meta.id, document])),
        passages: ownPassages,
        passagesById: new Map(ownPassages.map((passage) => [passage.id, passage])),
        facts: facts.get(council.id) ?? knowledgeBase.facts,
      },
    };
  });
}

/**
 * Each council's facts: those citing one of its documents, in the facts' order. One pass over
 * the facts, each given to every council its sources name: filtering every fact once per
 * council cost councils × facts, a tenth of a second at national scale, on the event loop.
 */
function factsByCouncil(
  facts: FactsFile,
  councilIds: readonly string[],
  councilOf: (docId: string) => string | undefined,
): Map<string, FactsFile> {
  type Own = Pick<FactsFile, 'inspections' | 'timeline' | 'people' | 'consequences'>;
  const buckets = new Map<string, Own>(
    councilIds.map((id) => [id, { inspections: [], timeline: [], people: [], consequences: [] }]),
  );
  /** The buckets of every council whose documents these sources cite. */
  const ownersOf = (sources: readonly FactSource[]): Own[] =>
    [...new Set(sources.flatMap((source) => councilOf(source.doc) ?? []))].flatMap(
      (id) => buckets.get(id) ?? [],
    );
  for (const inspection of facts.inspections) {
    for (const own of ownersOf(inspectionSources(inspection))) own.inspections.push(inspection);
  }
  for (const event of facts.timeline) {
    for (const own of ownersOf([event.source])) own.timeline.push(event);
  }
  for (const person of facts.people) {
    for (const own of ownersOf(person.roles.map((role) => role.source))) own.people.push(person);
  }
  for (const consequence of facts.consequences) {
    for (const own of ownersOf([consequence.source])) own.consequences.push(consequence);
  }
  return new Map(
    [...buckets].map(([id, own]) => [
      id,
      {
        ...facts,
        ...own,
        people: peopleWithLeadInspectors({
          ...facts,
          inspections: own.inspections,
          people: own.people,
        }),
      },
    ]),
  );
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
