import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFrontMatterSchema } from '../../../src/knowledge/document-schema.ts';
import { fetchCouncilReports } from '../../../src/knowledge/fetch/fetch-council-reports.ts';
import { sha256Hex } from '../../../src/knowledge/fetch/verify-report-bytes.ts';
import { manifestDocumentId } from '../../../src/knowledge/manifest/manifest-document-id.ts';
import type { ManifestRow } from '../../../src/knowledge/manifest/report-manifest.ts';
import type {
  ImportedReport,
  ImportOptions,
} from '../../../src/knowledge/pdf/import-pdf-report.ts';

const row = (published: string, url: string, sha256 = 'a'.repeat(64)): ManifestRow => ({
  file: `pdf/kent--${published}.pdf`,
  council: 'Kent',
  council_slug: 'kent',
  ofsted_urn: '80476',
  published,
  url,
  sha256,
});

const pdf = new TextEncoder().encode('%PDF-1.7\nKent\n');

/** Stands in for the PDF importer: the document is a function of the options alone. */
async function fakeImport(_bytes: Uint8Array, options: ImportOptions): Promise<ImportedReport> {
  const frontMatter = documentFrontMatterSchema.parse({
    id: options.id,
    title: 'Inspection of Kent',
    publisher: 'Ofsted',
    published: options.published,
    date_precision: 'day',
    url: options.url,
    kind: 'inspection-report',
  });
  return {
    markdown: `---\nid: ${frontMatter.id}\n---\n`,
    frontMatter,
    paragraphNumbers: [1, 2],
    warnings: [],
  };
}

describe('fetchCouncilReports', () => {
  let out: string;
  beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'fetch-council-'));
  });
  afterEach(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('names documents after the council slug and the publication date', () => {
    expect(manifestDocumentId(row('2013-08-23', 'https://x.test/1'))).toBe(
      'kent-ofsted-2013-08-23',
    );
  });

  it('stops asking a host that cannot be reached, but still tries other hosts', async () => {
    const asked: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      asked.push(String(input));
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    };
    const outcomes = await fetchCouncilReports(
      [
        row('2013-08-23', 'https://dead.test/1'),
        row('2017-01-01', 'https://dead.test/2'),
        row('2020-01-01', 'https://other.test/3'),
      ],
      { outDir: out, force: false, fetch },
    );
    expect(asked).toEqual(['https://dead.test/1', 'https://other.test/3']);
    expect(outcomes.map((outcome) => outcome.status === 'refused' && outcome.failure)).toEqual([
      'unreachable',
      'not-tried',
      'unreachable',
    ]);
  });

  it('refuses a verified PDF the importer cannot read, naming the URL', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nnot really a PDF\n');
    const fetch: typeof globalThis.fetch = async () => new Response(bytes);
    const [outcome] = await fetchCouncilReports(
      [row('2013-08-23', 'https://x.test/1', sha256Hex(bytes))],
      { outDir: out, force: false, fetch },
    );
    expect(outcome?.status === 'refused' && outcome.failure).toBe('import-failed');
    expect(outcome?.status === 'refused' && outcome.reason).toMatch(
      /^Could not import "kent--2013-08-23\.pdf": .* \(from https:\/\/x\.test\/1\)$/,
    );
    expect(await readdir(out)).toEqual([]);
  });

  describe('with files already in the folder', () => {
    const report = row('2013-08-23', 'https://x.test/1', sha256Hex(pdf));
    let requests: number;
    const fetch: typeof globalThis.fetch = async () => {
      requests += 1;
      return new Response(pdf);
    };
    const fetchOnce = (force = false) =>
      fetchCouncilReports([report], { outDir: out, force, fetch, importReport: fakeImport });
    const document = () => path.join(out, 'kent-ofsted-2013-08-23.md');
    beforeEach(() => {
      requests = 0;
    });

    it('imports once, then finds the original by its hash and leaves everything be', async () => {
      expect((await fetchOnce()).map((outcome) => outcome.status)).toEqual(['imported']);
      expect(await readFile(path.join(out, 'originals', 'kent--2013-08-23.pdf'))).toEqual(
        Buffer.from(pdf),
      );
      const [again] = await fetchOnce();
      expect(again).toMatchObject({ status: 'unchanged', downloaded: false });
      expect(requests).toBe(1);
    });

    it('refuses a different document without force, and replaces it with force', async () => {
      await fetchOnce();
      await writeFile(document(), 'hand-edited\n');
      const [refused] = await fetchOnce();
      expect(refused).toMatchObject({ status: 'refused', failure: 'exists-different' });
      expect(await readFile(document(), 'utf8')).toBe('hand-edited\n');

      const [replaced] = await fetchOnce(true);
      expect(replaced).toMatchObject({ status: 'imported', replaced: true });
      expect(await readFile(document(), 'utf8')).toBe('---\nid: kent-ofsted-2013-08-23\n---\n');
    });

    it('downloads again over an original with the wrong hash, but replaces it only with force', async () => {
      await mkdir(path.join(out, 'originals'));
      await writeFile(path.join(out, 'originals', 'kent--2013-08-23.pdf'), 'damaged');
      const [refused] = await fetchOnce();
      expect(requests).toBe(1);
      expect(refused).toMatchObject({ status: 'refused', failure: 'exists-different' });
      expect(refused?.status === 'refused' && refused.reason).toContain(
        `${path.join(out, 'originals', 'kent--2013-08-23.pdf')} already exists and differs`,
      );
      expect(await readdir(out)).toEqual(['originals']);
      expect((await fetchOnce(true))[0]?.status).toBe('imported');
    });
  });
});
