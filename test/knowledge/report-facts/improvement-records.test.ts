import { describe, expect, it } from 'vitest';
import { flattenFacts } from '../../../src/knowledge/fact-records.ts';
import { factsFileSchema } from '../../../src/knowledge/facts-schema.ts';

const source = { doc: 'x-2024', quote: 'The quality of plans.' };
const facts = factsFileSchema.parse({
  inspections: [
    {
      id: 'x-2024',
      name: 'Exton 2024 (ILACS)',
      inspectorate: 'Ofsted',
      framework: 'ILACS',
      published_listing: '2024-12-03',
      previous: { when: '2020', grade: 'Inadequate', source },
      judgements: [{ judgement: 'Overall effectiveness', grade: 'Good', source }],
      improvements: [{ text: 'The quality of plans.', source }],
    },
  ],
});

describe('flattenFacts on what reports say', () => {
  const records = flattenFacts(facts);

  it('makes a citable record of each improvement, outside the ratings list', () => {
    const improvement = records.find((record) => record.category === 'improvement');
    expect(improvement).toMatchObject({
      id: 'improvements/x-2024/0',
      statement: 'Ofsted inspection Exton 2024 (ILACS): needs to improve: The quality of plans.',
      source,
      date: '2024-12-03',
    });
    expect(improvement?.id.startsWith('inspections/x-2024/')).toBe(false);
  });

  it('says when the previous inspection was and its grade, when no inspection is linked', () => {
    expect(records.find((record) => record.id === 'inspections/x-2024/previous')?.statement).toBe(
      'Ofsted inspection Exton 2024 (ILACS): the previous inspection was in 2020, judged inadequate',
    );
  });

  it('dates a judgement by the listing’s publication date when nothing else dates it', () => {
    expect(records.find((record) => record.category === 'rating')?.date).toBe('2024-12-03');
  });

  it('makes no publication record from a listing date, which has no quote', () => {
    expect(records.some((record) => record.id.endsWith('/published'))).toBe(false);
  });
});
