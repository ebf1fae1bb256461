import { beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../../src/knowledge/facts-schema.ts';
import { extractReportFacts } from '../../../src/knowledge/report-facts/extract-report-facts.ts';
import { fixtureReportDocuments } from '../../fixtures/fixture-report-documents.ts';
import { printedReports } from './fixture-grades.ts';

const extracted = new Map<string, Inspection | undefined>();

// Import every fixture PDF as the bot would (council, date and address from the manifest), then
// read its facts from the imported Markdown.
beforeAll(async () => {
  for (const [file, document] of await fixtureReportDocuments())
    extracted.set(file, extractReportFacts(document).inspection);
}, 120_000);

describe.each(printedReports)('$file', (printed) => {
  const inspection = () => extracted.get(printed.file);

  it('yields every judgement with the grade the report prints, and no other', () => {
    const grades = Object.fromEntries(
      (inspection()?.judgements ?? []).map((judgement) => [judgement.judgement, judgement.grade]),
    );
    expect(grades).toEqual(printed.judgements);
  });

  it('recognises the framework', () => {
    expect(inspection()?.framework_code).toBe(printed.framework);
  });

  it('reads the inspection dates, the lead inspector and a printed publication date', () => {
    expect(inspection()?.dates).toMatchObject(printed.dates);
    expect(inspection()?.lead_inspector?.name).toBe(printed.leadInspector);
    expect(inspection()?.published?.date).toBe(printed.printedPublished);
    // A date the report does not print comes from the listing, and says so.
    if (!printed.printedPublished) expect(inspection()?.published_listing).toBeDefined();
  });

  it('reads the previous inspection where the report states it', () => {
    const previous = inspection()?.previous;
    if (printed.previous?.when) expect(previous?.when).toBe(printed.previous.when);
    if (printed.previous?.grade) expect(previous?.grade).toBe(printed.previous.grade);
  });

  it('lists what needs to improve', () => {
    expect(inspection()?.improvements.length).toBeGreaterThan(0);
  });
});
