import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ManifestError,
  parseReportManifest,
} from '../../../src/knowledge/manifest/report-manifest.ts';
import { fixturePath } from '../../fixtures/fixture-path.ts';

const header = 'file,council,council_slug,ofsted_urn,published,url,sha256';
const sha = 'a'.repeat(64);

describe('parseReportManifest', () => {
  it('reads the committed fixture manifest, quoted council names included', async () => {
    const rows = parseReportManifest(
      await readFile(fixturePath('reports', 'manifest.csv'), 'utf8'),
    );
    expect(rows).toHaveLength(11);
    expect(rows.map((row) => row.council)).toContain('Bournemouth, Christchurch and Poole');
  });

  it('names every bad row by line and column at once', () => {
    const text = `${header}\nx.pdf,Kent,kent,80476,2013-02-30,https://example.org/a,${sha}\ny.txt,Kent,Kent!,1,2013-01-01,ftp://x,nope\n`;
    expect(() => parseReportManifest(text, 'm.csv')).toThrow(ManifestError);
    try {
      parseReportManifest(text, 'm.csv');
    } catch (error) {
      const message = (error as Error).message;
      for (const part of [
        'line 2: published',
        'line 3: file',
        'line 3: council_slug',
        'line 3: url',
        'line 3: sha256',
      ]) {
        expect(message).toContain(part);
      }
    }
  });

  it('refuses a file without the columns it needs', () => {
    expect(() => parseReportManifest('file,council\n', 'm.csv')).toThrow(
      'm.csv: the header lacks the column(s) council_slug, ofsted_urn, published, url, sha256',
    );
  });

  it('names the line, the column and the value of a bad id', () => {
    const text = `${header}\nx.pdf,R&D,r&d,1,2020-01-01,https://example.org/x,${sha}\n`;
    expect(() => parseReportManifest(text, 'm.csv')).toThrow(ManifestError);
    expect(() => parseReportManifest(text, 'm.csv')).toThrow(
      'm.csv: line 2: council_slug "r&d": must be lowercase letters, digits and single hyphens',
    );
  });
});
