import { describe, expect, it } from 'vitest';
import {
  ManifestError,
  parseReportManifest,
} from '../../../src/knowledge/manifest/report-manifest.ts';

const header = 'file,council,council_slug,ofsted_urn,published,url,sha256';
const sha = 'a'.repeat(64);

describe('parseReportManifest', () => {
  it('reads a row, with a quoted council name', () => {
    const rows = parseReportManifest(
      `${header}\nbcp--2022-02-11.pdf,"Bournemouth, Christchurch and Poole",bournemouth-christchurch-and-poole,2532287,2022-02-11,https://files.ofsted.gov.uk/v1/file/50177455,${sha}\n`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        council: 'Bournemouth, Christchurch and Poole',
        ofsted_urn: '2532287',
      }),
    ]);
  });

  it('names the line, the column and the value of a bad id', () => {
    const text = `${header}\nx.pdf,R&D,r&d,1,2020-01-01,https://example.org/x,${sha}\n`;
    expect(() => parseReportManifest(text, 'm.csv')).toThrow(ManifestError);
    expect(() => parseReportManifest(text, 'm.csv')).toThrow(
      'm.csv: line 2: council_slug "r&d": must be lowercase letters, digits and single hyphens',
    );
  });
});
