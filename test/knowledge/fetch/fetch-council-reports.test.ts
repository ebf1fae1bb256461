import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fetchCouncilReports,
  reportDocumentId,
} from '../../../src/knowledge/fetch/fetch-council-reports.ts';
import { sha256Hex } from '../../../src/knowledge/fetch/verify-report-bytes.ts';
import type { ManifestRow } from '../../../src/knowledge/manifest/report-manifest.ts';

const row = (published: string, url: string, sha256 = 'a'.repeat(64)): ManifestRow => ({
  file: `pdf/kent--${published}.pdf`,
  council: 'Kent',
  council_slug: 'kent',
  ofsted_urn: '80476',
  published,
  url,
  sha256,
});

describe('fetchCouncilReports', () => {
  let out: string;
  beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'fetch-council-'));
  });
  afterEach(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('names documents after the council slug and the publication date', () => {
    expect(reportDocumentId(row('2013-08-23', 'https://x.test/1'))).toBe('kent-ofsted-2013-08-23');
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
});
