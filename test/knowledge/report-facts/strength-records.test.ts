import { describe, expect, it } from 'vitest';
import { flattenFacts } from '../../../src/knowledge/fact-records.ts';
import { factsFileSchema } from '../../../src/knowledge/facts-schema.ts';
import { verifyFacts } from '../../../src/knowledge/verify-facts.ts';
import { reportDocument } from './report-document.ts';

const quote = 'Care leavers are supported to achieve well.';
const source = { doc: 'x-2024', quote };
const facts = factsFileSchema.parse({
  inspections: [
    {
      id: 'x-2024',
      name: 'Exton 2024 (ILACS)',
      inspectorate: 'Ofsted',
      framework: 'ILACS',
      published_listing: '2024-12-03',
      judgements: [{ judgement: 'Overall effectiveness', grade: 'Good', source }],
      strengths: [{ text: quote, source }],
    },
  ],
});

describe('flattenFacts on the strengths a report states', () => {
  it('makes a citable record of each strength, outside the ratings list', () => {
    const strength = flattenFacts(facts).find((record) => record.category === 'strength');
    expect(strength).toMatchObject({ id: 'strengths/x-2024/0', source, date: '2024-12-03' });
    expect(strength?.statement).toContain(quote);
  });

  it('defaults to no strengths, so facts written before them still parse', () => {
    const [inspection] = factsFileSchema.parse({
      inspections: [{ id: 'y-2020', name: 'Y', inspectorate: 'Ofsted', framework: 'ILACS' }],
    }).inspections;
    expect(inspection?.strengths).toEqual([]);
  });
});

describe('verifyFacts on strengths', () => {
  it('keeps a strength the report prints and drops one it does not', () => {
    const document = reportDocument(`# Inspection of X\n\n${quote}`);
    const [inspection] = facts.inspections;
    if (!inspection) throw new Error('no inspection');
    const claimed = {
      ...inspection,
      strengths: [
        ...inspection.strengths,
        { text: 'Invented.', source: { doc: 'x-2024', quote: 'Invented praise.' } },
      ],
    };
    const verified = verifyFacts(
      document.file,
      { inspections: [claimed], timeline: [], people: [], consequences: [] },
      new Map([['x-2024', document]]),
    );
    expect(verified.facts.inspections[0]?.strengths.map((s) => s.text)).toEqual([quote]);
    expect(verified.problems.length).toBeGreaterThan(0);
  });
});
