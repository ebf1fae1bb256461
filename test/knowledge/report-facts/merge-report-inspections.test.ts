import { describe, expect, it } from 'vitest';
import { factsFileSchema } from '../../../src/knowledge/facts-schema.ts';
import type { KnowledgeDocument } from '../../../src/knowledge/knowledge-document.ts';
import { mergeReportInspections } from '../../../src/knowledge/report-facts/merge-report-inspections.ts';
import { ilacsBody, reportDocument } from './report-document.ts';

const documents = (...list: KnowledgeDocument[]) =>
  new Map(list.map((document) => [document.meta.id, document]));
const report = reportDocument(ilacsBody);

const curated = factsFileSchema.parse({
  inspections: [
    {
      id: 'inspection-2024',
      name: '2024 (ILACS)',
      inspectorate: 'Ofsted',
      framework: 'ILACS',
      report: 'x-2024',
      lead_inspector: {
        name: 'J. Smith',
        source: { doc: 'x-2024', quote: 'Jane Smith, His Majesty’s' },
      },
      judgements: [
        {
          judgement: 'Overall effectiveness',
          grade: 'Good',
          source: { doc: 'x-2024', quote: 'Overall effectiveness Good' },
          caution: 'Read with care.',
        },
        {
          judgement: 'The experiences and progress of children who need help and protection',
          grade: 'Good',
          source: { doc: 'x-2024', quote: 'help and protection: requires' },
        },
        {
          judgement: 'Something only facts.yaml knows',
          grade: 'Good',
          source: { doc: 'x-2024', quote: 'The quality of plans.' },
        },
      ],
      caution: 'A caution on the whole inspection.',
    },
  ],
});

describe('mergeReportInspections', () => {
  it('lets the report win where facts.yaml names it, keeping facts.yaml’s id, name and cautions', () => {
    const { facts, warnings } = mergeReportInspections(curated, documents(report));
    expect(facts.inspections).toHaveLength(1);
    const merged = facts.inspections[0];
    expect(merged).toMatchObject({
      id: 'inspection-2024',
      name: '2024 (ILACS)',
      caution: 'A caution on the whole inspection.',
      framework_code: 'ilacs-standard',
      derived_from: 'report',
      lead_inspector: { name: 'Jane Smith' },
      dates: { from: '2024-10-14' },
      published_listing: '2024-12-03',
      previous: { when: '2020' },
    });
    expect(merged?.judgements.map((j) => [j.judgement, j.grade, j.caution])).toEqual([
      ['Overall effectiveness', 'Good', 'Read with care.'],
      [
        'The impact of leaders on social work practice with children and families',
        'Good',
        undefined,
      ],
      [
        'The experiences and progress of children who need help and protection',
        'Requires improvement to be good',
        undefined,
      ],
      ['Something only facts.yaml knows', 'Good', undefined],
    ]);
    expect(warnings).toEqual([
      "inspection-2024: The experiences and progress of children who need help and protection: facts.yaml says “Good”, the report “Requires improvement to be good”; the report's grade is used",
    ]);
  });

  it('keeps facts.yaml’s quote where both give the same grade', () => {
    const { facts } = mergeReportInspections(curated, documents(report));
    expect(facts.inspections[0]?.judgements[0]?.source.quote).toBe('Overall effectiveness Good');
  });

  it('adds a report facts.yaml does not name, under the document’s id', () => {
    const other = reportDocument(ilacsBody, { id: 'y-2024' });
    const { facts } = mergeReportInspections(curated, documents(report, other));
    expect(facts.inspections.map((inspection) => inspection.id)).toEqual([
      'inspection-2024',
      'y-2024',
    ]);
  });

  it('keeps facts.yaml as it is when its report yields nothing, and says why', () => {
    const empty = reportDocument('# A report\n\nText.');
    const { facts, warnings } = mergeReportInspections(curated, documents(empty));
    expect(facts.inspections).toEqual(curated.inspections);
    expect(warnings).toEqual(['x-2024: no judgement found']);
  });
});
