import { describe, expect, it } from 'vitest';
import { describeFetchSummary } from '../../../src/knowledge/fetch/describe-fetch-summary.ts';
import type { ReportOutcome } from '../../../src/knowledge/fetch/fetch-council-reports.ts';
import type { ManifestRow } from '../../../src/knowledge/manifest/report-manifest.ts';

const row: ManifestRow = {
  file: 'pdf/kent--2013-08-23.pdf',
  council: 'Kent',
  council_slug: 'kent',
  ofsted_urn: '80476',
  published: '2013-08-23',
  url: 'https://files.ofsted.gov.uk/v1/file/50004249',
  sha256: 'a'.repeat(64),
};
const base = { row, id: 'kent-ofsted-2013-08-23', fileName: 'kent--2013-08-23.pdf' };
const imported: ReportOutcome = {
  ...base,
  downloaded: true,
  status: 'imported',
  replaced: false,
  documentFile: 'kent-ofsted-2013-08-23.md',
  title: 'Inspection',
  paragraphs: 3,
  warnings: ['Paragraph 3 follows 1: check the paragraphs around it.'],
};
const refused: ReportOutcome = {
  ...base,
  id: 'kent-ofsted-2017-01-01',
  downloaded: false,
  status: 'refused',
  failure: 'http-status',
  reason: 'kent--2017-01-01.pdf: https://x.test/1 answered HTTP 404 Not Found.',
};

describe('describeFetchSummary', () => {
  it('counts, lists refusals and warnings, and says what to do next', () => {
    const summary = describeFetchSummary('kb', [imported, refused], {
      documents: 4,
      passages: 90,
      problems: [{ file: 'old.md', field: 'title', reason: 'Required' }],
    });
    expect(summary.ok).toBe(false);
    expect(summary.lines).toEqual([
      'Summary: downloaded 1, imported 1, unchanged 0, refused 1.',
      'Refused:',
      '  kent--2017-01-01.pdf: https://x.test/1 answered HTTP 404 Not Found.',
      'Warning: kent--2013-08-23.pdf: Paragraph 3 follows 1: check the paragraphs around it.',
      "Checked kb with the bot's loader: 4 documents, 90 passages; these reports load cleanly.",
      '  1 problem in other files there; `npm run kb:check` lists them.',
      'Run /kb refresh in Discord or restart the bot to serve them (a bot running with KB_WATCH=true picks them up itself).',
    ]);
  });

  it('fails on a problem in a fetched document, and names it', () => {
    const summary = describeFetchSummary('kb', [imported], {
      documents: 1,
      passages: 1,
      problems: [{ file: 'kent-ofsted-2013-08-23.md', field: 'id', reason: 'duplicate id' }],
    });
    expect(summary.ok).toBe(false);
    expect(summary.lines).toContain('  knowledge: kent-ofsted-2013-08-23.md: id: duplicate id');
    expect(summary.lines).toContain("Checked kb with the bot's loader: 1 document, 1 passage.");
  });

  it('says nothing changed when nothing was imported, even with no folder to check', () => {
    const summary = describeFetchSummary('kb', [refused], undefined);
    expect(summary.lines.at(-1)).toBe('Nothing in kb was changed.');
    expect(summary.lines.join('\n')).not.toContain('loader');
  });
});
