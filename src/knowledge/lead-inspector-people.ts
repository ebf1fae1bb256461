import { foldText } from '../text/fold-text.ts';
import type { FactsFile, Person } from './facts-schema.ts';

/**
 * The people the facts name, with every inspection's lead inspector added as a person of their
 * own (role and source from the report's cover), so `/who` answers for any imported council.
 * A lead inspector facts.yaml already describes gains the role; nobody is listed twice.
 */
export function peopleWithLeadInspectors(facts: FactsFile): Person[] {
  const people = facts.people.map((person) => ({ ...person, roles: [...person.roles] }));
  const byName = new Map(people.map((person) => [foldText(person.name), person]));
  for (const inspection of facts.inspections) {
    const lead = inspection.lead_inspector;
    if (!lead) continue;
    const role = {
      role: `Lead inspector, ${inspection.inspectorate} inspection ${inspection.name}`,
      organisation: inspection.inspectorate,
      source: lead.source,
    };
    const known = byName.get(foldText(lead.name));
    if (known) {
      // A role facts.yaml already cites from the same words says the same thing.
      const same = known.roles.some(
        (existing) =>
          existing.role === role.role ||
          (existing.source.doc === lead.source.doc && existing.source.quote === lead.source.quote),
      );
      if (!same) known.roles.push(role);
      continue;
    }
    const person: Person = { name: lead.name, aliases: [], roles: [role], said_or_did: [] };
    people.push(person);
    byName.set(foldText(lead.name), person);
  }
  return people;
}
