import { describe, expect, it } from 'vitest';
import { factsFileSchema } from '../../src/knowledge/facts-schema.ts';
import { peopleWithLeadInspectors } from '../../src/knowledge/lead-inspector-people.ts';

const source = { doc: 'report-2024', quote: 'Lead inspector: Ada Lovelace' };
const facts = (people: unknown[]) =>
  factsFileSchema.parse({
    inspections: [
      {
        id: 'report-2024',
        name: '2024 (ILACS)',
        inspectorate: 'Ofsted',
        framework: 'ILACS',
        lead_inspector: { name: 'Ada Lovelace', source },
      },
    ],
    people,
  });

describe('peopleWithLeadInspectors', () => {
  it('adds each inspection’s lead inspector as a person, with the report’s words as the source', () => {
    const [person] = peopleWithLeadInspectors(facts([]));
    expect(person?.name).toBe('Ada Lovelace');
    expect(person?.roles).toEqual([
      { role: 'Lead inspector, Ofsted inspection 2024 (ILACS)', organisation: 'Ofsted', source },
    ]);
  });

  it('adds nobody twice, nor a role facts.yaml already cites from the same words', () => {
    const known = {
      name: 'Ada Lovelace',
      roles: [{ role: 'Lead inspector', organisation: 'Ofsted', source }],
    };
    const people = peopleWithLeadInspectors(facts([known]));
    expect(people).toHaveLength(1);
    expect(people[0]?.roles).toHaveLength(1);
  });
});
