import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../src/knowledge/locate-quote.ts';
import { extractReportFacts } from '../../../src/knowledge/report-facts/extract-report-facts.ts';
import { ilacsBody, reportDocument } from './report-document.ts';

describe('extractReportFacts', () => {
  it('makes an inspection of a report, every value quoted from it', () => {
    const document = reportDocument(ilacsBody);
    const { inspection, warnings } = extractReportFacts(document);
    expect(warnings).toEqual([]);
    expect(inspection).toMatchObject({
      id: 'x-2024',
      name: 'Exton 2024 (ILACS)',
      inspectorate: 'Ofsted',
      framework_code: 'ilacs-standard',
      council: { id: 'x', name: 'Exton', ofsted_urn: '80000' },
      report: 'x-2024',
      derived_from: 'report',
      dates: { from: '2024-10-14', to: '2024-10-25' },
      lead_inspector: { name: 'Jane Smith' },
      previous: { when: '2020', grade: 'Inadequate' },
      improvements: [{ text: 'The quality of plans.' }],
    });
    expect(inspection?.judgements.map((j) => `${j.judgement}: ${j.grade}`)).toEqual([
      'Overall effectiveness: Good',
      'The impact of leaders on social work practice with children and families: Good',
      'The experiences and progress of children who need help and protection: Requires improvement to be good',
    ]);
    const quotes = [
      ...(inspection?.judgements ?? []).map((judgement) => judgement.source.quote),
      inspection?.dates?.source.quote ?? '',
      inspection?.lead_inspector?.source.quote ?? '',
    ];
    for (const quote of quotes) expect(locateQuote(document.body, quote)).toBeDefined();
  });

  it('marks a publication date the report does not print as the listing’s, with no quote', () => {
    const { inspection } = extractReportFacts(reportDocument(ilacsBody));
    expect(inspection?.published).toBeUndefined();
    expect(inspection?.published_listing).toBe('2024-12-03');
  });

  it('quotes a printed publication date instead', () => {
    const body = ilacsBody.replace(
      'Inspection dates',
      'Report published: 3 December 2024\n\nInspection dates',
    );
    const { inspection } = extractReportFacts(reportDocument(body));
    expect(inspection?.published?.date).toBe('2024-12-03');
    expect(inspection?.published_listing).toBeUndefined();
  });

  it('leaves a document that is not a report alone', () => {
    expect(extractReportFacts(reportDocument(ilacsBody, { kind: 'news-article' }))).toEqual({
      inspection: undefined,
      warnings: [],
    });
  });

  it('warns, and makes no inspection, when a report grades nothing it can read', () => {
    const { inspection, warnings } = extractReportFacts(reportDocument('# A report\n\nText.'));
    expect(inspection).toBeUndefined();
    expect(warnings).toEqual(['x-2024: no judgement found']);
  });
});
