import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../../src/knowledge/facts-schema.ts';
import { parseReportManifest } from '../../../src/knowledge/manifest/report-manifest.ts';
import { parseDocument } from '../../../src/knowledge/parse-document.ts';
import { importPdfReport } from '../../../src/knowledge/pdf/import-pdf-report.ts';
import { extractReportFacts } from '../../../src/knowledge/report-facts/extract-report-facts.ts';
import { printedReports } from './fixture-grades.ts';

const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/reports');
const extracted = new Map<string, Inspection | undefined>();

// Import every fixture PDF as the bot would (council, date and address from the manifest), then
// read its facts from the imported Markdown.
beforeAll(async () => {
  const rows = parseReportManifest(await readFile(path.join(fixtureDir, 'manifest.csv'), 'utf8'));
  for (const row of rows) {
    const bytes = new Uint8Array(await readFile(path.join(fixtureDir, row.file)));
    const imported = await importPdfReport(bytes, {
      sourceFileName: row.file,
      id: row.file.replace(/\.pdf$/, '').replace(/-{2,}/g, '-'),
      published: row.published,
      url: row.url,
      council: { id: row.council_slug, name: row.council, ofsted_urn: row.ofsted_urn },
      publisher: 'Ofsted',
    });
    const parsed = parseDocument(row.file, imported.markdown);
    if (!parsed.ok) throw new Error(`${row.file} did not import as a valid document`);
    extracted.set(row.file, extractReportFacts(parsed.document).inspection);
  }
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
