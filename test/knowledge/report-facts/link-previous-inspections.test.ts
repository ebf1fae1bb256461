import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../src/knowledge/facts-schema.ts';
import { linkPreviousInspections } from '../../../src/knowledge/report-facts/link-previous-inspections.ts';

const source = { doc: 'x-2024', quote: 'Since the last inspection in 2020, much improved.' };
const inspection = (id: string, to: string, extra: Partial<Inspection> = {}): Inspection => ({
  id,
  name: id,
  inspectorate: 'Ofsted',
  framework: 'ILACS',
  council: { id: 'x', name: 'Exton' },
  dates: { from: to, to, source },
  judgements: [],
  improvements: [],
  strengths: [],
  ...extra,
});

describe('linkPreviousInspections', () => {
  it('links the last inspection a report names to the same council’s loaded report of that year', () => {
    const linked = linkPreviousInspections([
      inspection('x-2017', '2017-06-01'),
      inspection('x-2020', '2020-02-14'),
      inspection('x-2024', '2024-10-25', { previous: { when: '2020', source } }),
      inspection('y-2020', '2020-05-01', { council: { id: 'y', name: 'Why' } }),
    ]);
    expect(linked[2]?.previous).toEqual({ inspection: 'x-2020', when: '2020', source });
  });

  it('does not link when the year named is not the loaded report’s, or the council differs', () => {
    const linked = linkPreviousInspections([
      inspection('x-2017', '2017-06-01'),
      inspection('x-2024', '2024-10-25', { previous: { when: '2020', source } }),
      inspection('y-2024', '2024-10-25', {
        council: { id: 'y', name: 'Why' },
        previous: { when: '2017', source },
      }),
    ]);
    expect(linked[1]?.previous?.inspection).toBeUndefined();
    expect(linked[2]?.previous?.inspection).toBeUndefined();
  });

  it('keeps a link facts.yaml already made', () => {
    const curated = inspection('x-2024', '2024-10-25', {
      previous: { inspection: 'inspection-2012', source },
    });
    expect(linkPreviousInspections([inspection('x-2020', '2020-02-14'), curated])[1]).toBe(curated);
  });
});
