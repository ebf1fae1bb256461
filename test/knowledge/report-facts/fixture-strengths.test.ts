import { beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../../src/knowledge/facts-schema.ts';
import type { KnowledgeDocument } from '../../../src/knowledge/knowledge-document.ts';
import { namesAStrength } from '../../../src/knowledge/report-facts/evaluative-words.ts';
import { extractReportFacts } from '../../../src/knowledge/report-facts/extract-report-facts.ts';
import { readReportLines } from '../../../src/knowledge/report-facts/report-lines.ts';
import { summarySentences } from '../../../src/knowledge/report-facts/summary-sentences.ts';
import { fixtureReportDocuments } from '../../fixtures/fixture-report-documents.ts';

const reports = new Map<string, { document: KnowledgeDocument; inspection: Inspection }>();

beforeAll(async () => {
  for (const [file, document] of await fixtureReportDocuments()) {
    const { inspection } = extractReportFacts(document);
    if (inspection) reports.set(file, { document, inspection });
  }
}, 120_000);

const strengthsOf = (file: string) =>
  reports.get(file)?.inspection.strengths.map((strength) => strength.text) ?? [];

describe('strengths read from the fixture reports', () => {
  it('are each a verbatim sentence of the report, from its summary unless it names a strength', () => {
    expect(reports.size).toBeGreaterThan(0);
    for (const { document, inspection } of reports.values()) {
      const summary = new Set(summarySentences(readReportLines(document.body)).map((s) => s.text));
      const fromSummary = inspection.strengths.some((strength) => summary.has(strength.text));
      for (const strength of inspection.strengths) {
        expect(document.body.includes(strength.source.quote)).toBe(true);
        // Outside the summary, only a sentence naming a strength, or (when the summary praises
        // nothing) a body sentence of praise.
        if (!summary.has(strength.text) && fromSummary) {
          expect(namesAStrength(strength.text), `${document.meta.id}: ${strength.text}`).toBe(true);
        }
      }
    }
  });

  it('put first what the inspectors call a strength in so many words', () => {
    const [first] = strengthsOf('leeds--2018-12-18.pdf');
    expect(first).toMatch(/\bstrength\b/);
  });

  it('come from the body of a report whose summary praises nothing', () => {
    expect(strengthsOf('kingston-upon-hull--2019-05-17.pdf')).toContain(
      'Children are well represented by the Hull Young Voices in Care (YViC) council.',
    );
  });

  it('never hold a negation or a contrast, outside a section headed as strengths', () => {
    for (const { inspection } of reports.values()) {
      for (const strength of inspection.strengths) {
        expect(strength.text).not.toMatch(/\b(not|however|although|but|too)\b/i);
      }
    }
  });

  it('come from every report, not only one framework', () => {
    const yielding = [...reports.keys()].filter((file) => strengthsOf(file).length > 0);
    expect(yielding.length).toBe(reports.size);
  });

  // Read from the PDFs: each sentence below is printed in the report's opening summary (ILACS)
  // or its executive summary and judgement summaries (SIF).
  it('include the headline strengths the PDFs print', () => {
    expect(strengthsOf('telford-and-wrekin--2020-03-02.pdf')).toContain(
      'Corporate parenting is exceptionally strong.',
    );
    expect(strengthsOf('bromley--2024-01-12.pdf')).toContain(
      'Children in the London Borough of Bromley receive exceptionally strong services.',
    );
    expect(strengthsOf('bath-and-north-east-somerset--2017-07-07.pdf')).toContain(
      'Adoption services are outstanding.',
    );
    expect(strengthsOf('bromley--2016-06-27.pdf')).toContain(
      'The virtual school team knows the circumstances of individual children well.',
    );
  });

  it('leave out a summary’s criticisms and plain statements', () => {
    // Lambeth 2022's opening summary, as printed: praise qualified by "but", and a statement
    // that "experienced" once let in.
    const lambeth = strengthsOf('lambeth--2022-12-16.pdf');
    expect(lambeth).toContain('Care leavers are supported to achieve well.');
    expect(lambeth.some((text) => text.startsWith('Initial work to protect children'))).toBe(false);
    expect(lambeth).not.toContain(
      'Lambeth has experienced a number of recent changes in leadership.',
    );
  });
});
