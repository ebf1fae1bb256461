import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { kbFetch } from '../../src/cli/kb-fetch.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import {
  type ManifestRow,
  parseReportManifest,
} from '../../src/knowledge/manifest/report-manifest.ts';
import { isUserError } from '../../src/user-error.ts';
import {
  fixtureDir,
  type ReportServer,
  refusedBase,
  startReportServer,
} from '../knowledge/fetch/report-server.ts';

const columns = ['file', 'council', 'council_slug', 'ofsted_urn', 'published', 'url', 'sha256'];

function toCsv(rows: readonly ManifestRow[]): string {
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${[columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column as keyof ManifestRow])).join(','))].join('\n')}\n`;
}

describe('kb:fetch', () => {
  let server: ReportServer;
  let fixtures: ManifestRow[];
  let directory: string;
  let out: string;
  let printed: string[];

  beforeAll(async () => {
    server = await startReportServer();
    const manifest = await readFile(path.join(fixtureDir, 'manifest.csv'), 'utf8');
    // The fixture manifest with every URL pointing at the local stand-in for Ofsted.
    fixtures = parseReportManifest(manifest).map((row) => ({
      ...row,
      url: `${server.base}/reports/${row.file}`,
    }));
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'kb-fetch-'));
    out = path.join(directory, 'knowledge');
    printed = [];
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const bromley = () => fixtures.filter((row) => row.council_slug === 'bromley');
  const run = async (rows: readonly ManifestRow[], extra: string[] = [], council = 'Bromley') => {
    const manifest = path.join(directory, 'manifest.csv');
    await writeFile(manifest, toCsv(rows));
    return kbFetch(['--council', council, '--manifest', manifest, '--out', out, ...extra], {
      knowledgeDir: path.join(directory, 'unused'),
      print: (line) => printed.push(line),
    });
  };
  const output = () => printed.join('\n');

  it("downloads, verifies and imports both of a council's reports", async () => {
    expect(await run(fixtures, [], 'bromley')).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'bromley-ofsted-2016-06-27.md',
      'bromley-ofsted-2024-01-12.md',
      'originals',
    ]);
    expect((await readdir(path.join(out, 'originals'))).sort()).toEqual([
      'bromley--2016-06-27.pdf',
      'bromley--2024-01-12.pdf',
    ]);
    const { knowledgeBase, problems } = await loadKnowledgeBase(out);
    expect(problems).toEqual([]);
    expect(knowledgeBase.documents.map((document) => document.meta.council)).toEqual([
      { id: 'bromley', name: 'Bromley', ofsted_urn: '80490' },
      { id: 'bromley', name: 'Bromley', ofsted_urn: '80490' },
    ]);
    expect(knowledgeBase.documentsById.get('bromley-ofsted-2024-01-12')?.meta.url).toBe(
      `${server.base}/reports/bromley--2024-01-12.pdf`,
    );
    expect(printed[0]).toBe(
      `Bromley: 2 reports in ${path.join(directory, 'manifest.csv')}; fetching into ${out}.`,
    );
    expect(printed[1]).toMatch(
      /^bromley--2016-06-27\.pdf: downloaded from http:\/\/\S+, sha256 verified; wrote bromley-ofsted-2016-06-27\.md \(".+", \d+ numbered paragraphs\)\.$/,
    );
    expect(output()).toContain('Summary: downloaded 2, imported 2, unchanged 0, refused 0.');
    expect(output()).toMatch(/: 2 documents, \d+ passages; these reports load cleanly\./);
    expect(printed.at(-1)).toBe(
      'Run /kb refresh in Discord or restart the bot to serve them (a bot running with KB_WATCH=true picks them up itself).',
    );
    expect(await readdir(out, { recursive: true })).not.toContainEqual(
      expect.stringMatching(/\.tmp$/),
    );
  });

  it('does not import a report again that the folder holds under another id', async () => {
    const [, report] = bromley();
    if (report === undefined) throw new Error('fixture missing');
    await mkdir(out);
    const front = `id: bromley-2024\ntitle: Bromley\npublisher: Ofsted\npublished: 2024-01-12\ndate_precision: day\nurl: null\nkind: inspection-report\nsource_sha256: ${report.sha256}`;
    await writeFile(path.join(out, 'bromley-2024.md'), `---\n${front}\n---\nThe report.\n`);
    expect(await run([report])).toBe(0);
    expect(output()).toContain(
      'bromley--2024-01-12.pdf: already in the folder as bromley-2024.md (same sha256).',
    );
    expect(output()).toContain('Summary: downloaded 0, imported 0, unchanged 1, refused 0.');
    expect(await readdir(out)).toEqual(['bromley-2024.md']);
  });

  it('refuses a report whose sha256 differs, naming it and both hashes, and imports the rest', async () => {
    const [older, newer] = bromley();
    if (older === undefined || newer === undefined) throw new Error('fixture missing');
    const wrong = '0'.repeat(64);
    expect(await run([{ ...older, sha256: wrong }, newer])).toBe(1);
    expect(output()).toContain(
      `bromley--2016-06-27.pdf: the file from ${older.url} has sha256 ${older.sha256}, but the manifest says ${wrong}; refused.`,
    );
    expect(output()).toContain('Summary: downloaded 2, imported 1, unchanged 0, refused 1.');
    expect(await readdir(path.join(out, 'originals'))).toEqual(['bromley--2024-01-12.pdf']);
  });

  it.each([
    [
      'a 404',
      '/missing',
      [],
      0,
      /bromley--2024-01-12\.pdf: http:\/\/\S+\/missing answered HTTP 404 Not Found\./,
    ],
    [
      'an HTML page served as a PDF',
      '/html',
      [],
      1,
      /did not send a PDF but an HTML page \("Page not found - Ofsted"\); refused\./,
    ],
    [
      'a server that stops answering',
      '/slow',
      ['--timeout-seconds', '0.3'],
      0,
      /no complete answer from http:\/\/\S+\/slow within 0\.3 s/,
    ],
  ])('refuses %s and writes nothing', async (_case, urlPath, extra, downloaded, message) => {
    const [, report] = bromley();
    if (report === undefined) throw new Error('fixture missing');
    const started = Date.now();
    expect(await run([{ ...report, url: `${server.base}${urlPath}` }], extra)).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(output()).toMatch(message);
    expect(output()).toContain(
      `Summary: downloaded ${downloaded}, imported 0, unchanged 0, refused 1.`,
    );
    expect(output()).toContain(`Nothing in ${out} was changed.`);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('says once that a host cannot be reached, and keeps what the folder had', async () => {
    const dead = await refusedBase();
    const rows = bromley().map((row) => ({ ...row, url: `${dead}/v1/file/${row.published}` }));
    const existing = path.join(out, 'croydon-ofsted-2024.md');
    await mkdir(out);
    await writeFile(existing, 'kept\n');
    printed = [];

    expect(await run(rows)).toBe(1);
    const host = new URL(dead).host;
    expect(output()).toContain(
      `Could not reach ${host} for bromley--2016-06-27.pdf (${dead}/v1/file/2016-06-27): the connection was refused.`,
    );
    expect(output()).toContain(
      `Not tried, since ${host} could not be reached: bromley--2024-01-12.pdf.`,
    );
    expect(output().match(/Could not reach/g)).toHaveLength(1);
    expect(output()).toContain('Check the network connection, then run the command again.');
    expect(printed.at(-1)).toBe(`Nothing in ${out} was changed.`);
    expect(await readdir(out)).toEqual(['croydon-ofsted-2024.md']);
    expect(await readFile(existing, 'utf8')).toBe('kept\n');
  });

  it('suggests the closest names for a council it does not know', async () => {
    const attempt = run(fixtures, [], 'Bromly');
    await expect(attempt).rejects.toThrow(
      /no council called "Bromly" in .*manifest\.csv\. Closest: Bromley\.$/,
    );
    await attempt.catch((error: unknown) => expect(isUserError(error)).toBe(true));
  });

  it('takes an unquoted name of several words', async () => {
    const manifest = path.join(directory, 'manifest.csv');
    await writeFile(manifest, toCsv(fixtures));
    const attempt = kbFetch(['--council', 'Kingston', 'upon', 'Thames', '--manifest', manifest], {
      knowledgeDir: out,
      print: (line) => printed.push(line),
    });
    await expect(attempt).rejects.toThrow(/no council called "Kingston upon Thames"/);
  });

  it('lists the councils a name could mean', async () => {
    const rows = [
      ...fixtures,
      ...bromley().map((row) => ({
        ...row,
        council: 'Kingston upon Thames',
        council_slug: 'kingston-upon-thames',
      })),
    ];
    await expect(run(rows, [], 'Kingston')).rejects.toThrow(
      /"Kingston" matches 2 councils in .*: Kingston upon Hull, Kingston upon Thames\. Give one of them\./,
    );
  });

  it.each([
    [['--manifest', 'x.csv'], /council: give a council name/],
    [['--council', 'Kent', '--timeout-seconds', 'soon'], /timeoutSeconds: /],
    [['--council', 'Kent', '--bogus'], /Unknown option '--bogus'/],
    [
      ['--council', 'Kent', '--manifest', '/nonexistent/m.csv'],
      /no such manifest: \/nonexistent\/m\.csv/,
    ],
  ])('rejects bad usage %j with a user-facing message', async (argv, message) => {
    const attempt = kbFetch(argv, { knowledgeDir: out, print: (line) => printed.push(line) });
    await expect(attempt).rejects.toThrow(message);
    await attempt.catch((error: unknown) => expect(isUserError(error)).toBe(true));
  });
});
