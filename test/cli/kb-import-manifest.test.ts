import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { kbImport } from '../../src/cli/kb-import.ts';
import { documentFrontMatterSchema } from '../../src/knowledge/document-schema.ts';
import { parseReportManifest } from '../../src/knowledge/manifest/report-manifest.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const reportsManifest = path.join(fixtures, 'reports', 'manifest.csv');
const brokenManifest = path.join(fixtures, 'broken-reports', 'manifest.csv');

function frontMatterOf(markdown: string) {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
  return documentFrontMatterSchema.parse(parseYaml(yaml));
}

async function runImport(argv: string[]) {
  const directory = await mkdtemp(path.join(tmpdir(), 'kb-import-manifest-'));
  const printed: string[] = [];
  const code = await kbImport([...argv, '--out', directory], {
    knowledgeDir: '/nonexistent-knowledge',
    print: (line) => printed.push(line),
  });
  return { directory, printed, code };
}

describe('kb:import --manifest with the committed fixture reports', () => {
  let run: Awaited<ReturnType<typeof runImport>>;
  beforeAll(async () => {
    run = await runImport(['--manifest', reportsManifest, '--jobs', '2']);
  }, 120_000);
  afterAll(async () => {
    await rm(run.directory, { recursive: true, force: true });
  });

  it('imports all eleven, each with the manifest’s council, date and address', async () => {
    expect(run.code).toBe(0);
    const rows = parseReportManifest(await readFile(reportsManifest, 'utf8'));
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      const id = `${row.council_slug}-ofsted-${row.published}`;
      const frontMatter = frontMatterOf(
        await readFile(path.join(run.directory, `${id}.md`), 'utf8'),
      );
      expect(frontMatter).toMatchObject({
        id,
        publisher: 'Ofsted',
        published: row.published,
        url: row.url,
        council: { id: row.council_slug, name: row.council, ofsted_urn: row.ofsted_urn },
        source_file: row.file,
        source_sha256: row.sha256,
      });
      expect(await readFile(path.join(run.directory, 'originals', row.file))).toEqual(
        await readFile(path.join(fixtures, 'reports', row.file)),
      );
    }
  });

  it.each([
    // A SIF cover's grade table set all in bold keeps its first judgement.
    [
      'bath-and-north-east-somerset-ofsted-2017-07-07',
      '\n- 1. Children who need help and protection Requires improvement\n',
    ],
    [
      'bromley-ofsted-2016-06-27',
      '## The experiences and progress of children who need help and protection\n\nInadequate\n',
    ],
    ['kent-ofsted-2013-08-23', '\n- Overall effectiveness Adequate\n'],
    // The 2026 cover's last row wraps its cell below its grade.
    [
      'north-northamptonshire-ofsted-2026-07-07',
      '\n- The experiences and progress of care leavers Good\n',
    ],
    ['leeds-ofsted-2018-12-18', '\n- Overall effectiveness Outstanding\n'],
  ])('keeps the judgements of %s readable', async (id, text) => {
    expect(await readFile(path.join(run.directory, `${id}.md`), 'utf8')).toContain(text);
  });

  it('reads the 2013 cover’s facts', async () => {
    const kent = frontMatterOf(
      await readFile(path.join(run.directory, 'kent-ofsted-2013-08-23.md'), 'utf8'),
    );
    expect(kent).toMatchObject({
      author: 'Helen Cawston',
      inspected: { from: '2013-07-15', to: '2013-07-19' },
      licence: '© Crown copyright 2013, Ofsted',
    });
  });

  it('leaves no temporary files, and ends with the summary', async () => {
    expect((await readdir(run.directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(run.printed.join('\n')).toMatch(
      /^Imported 11 of 11 reports in [\d.]+ s \(2 jobs\): \d+ without warnings, \d+ with warnings; 0 refused\.$/m,
    );
  });

  it('imports only the councils asked for, and leaves an identical document as it is', async () => {
    const again = await runImport(['--manifest', reportsManifest, '--council', 'bromley']);
    try {
      expect(again.code).toBe(0);
      expect((await readdir(again.directory)).sort()).toEqual([
        'bromley-ofsted-2016-06-27.md',
        'bromley-ofsted-2024-01-12.md',
        'originals',
      ]);
      const repeat = await kbImport(
        ['--manifest', reportsManifest, '--council', 'bromley', '--out', again.directory],
        { knowledgeDir: '', print: () => {} },
      );
      expect(repeat).toBe(0);
    } finally {
      await rm(again.directory, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a council the manifest does not list, naming it', async () => {
    await expect(
      runImport(['--manifest', reportsManifest, '--council', 'atlantis']),
    ).rejects.toThrow(/lists no council "atlantis"/);
  });
});

describe('kb:import --manifest with a bad id in the manifest', () => {
  it('names the file, line, column and value, without the usage text', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'kb-import-bad-manifest-'));
    try {
      const manifest = path.join(directory, 'manifest.csv');
      await writeFile(
        manifest,
        `file,council,council_slug,ofsted_urn,published,url,sha256\nx.pdf,R&D,r&d,1,2020-01-01,https://example.org/x,${'a'.repeat(64)}\n`,
      );
      const attempt = runImport(['--manifest', manifest]);
      await expect(attempt).rejects.toThrow(
        `kb:import: ${manifest}: line 2: council_slug "r&d": must be lowercase letters, digits and single hyphens`,
      );
      await attempt.catch((error: unknown) =>
        expect((error as Error).message).not.toMatch(/Usage/),
      );
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('kb:import --manifest with broken files', () => {
  let run: Awaited<ReturnType<typeof runImport>>;
  beforeAll(async () => {
    run = await runImport(['--manifest', brokenManifest]);
  }, 60_000);
  afterAll(async () => {
    await rm(run.directory, { recursive: true, force: true });
  });

  it('refuses each broken file by name, with its reason, and imports the good one', async () => {
    expect(run.code).toBe(1);
    const output = run.printed.join('\n');
    expect(output).toMatch(/^Imported 1 of 6 reports in [\d.]+ s \(2 jobs\): .*; 5 refused\.$/m);
    const refusals = run.printed.slice(run.printed.indexOf('Refused:') + 1);
    expect(refusals).toEqual([
      expect.stringMatching(
        /^ {2}not-a-pdf\.pdf: Could not import "not-a-pdf\.pdf": it is not a PDF file/,
      ),
      expect.stringMatching(
        /^ {2}truncated\.pdf: Could not import "truncated\.pdf": it is truncated \(16384 bytes/,
      ),
      expect.stringMatching(
        /^ {2}encrypted\.pdf: Could not import "encrypted\.pdf": it is password-protected\.$/,
      ),
      expect.stringMatching(
        /^ {2}\.\.\/reports\/lambeth--2022-12-16\.pdf: Could not import "lambeth--2022-12-16\.pdf": its sha256 is 2396f590\w+, but the manifest gives 0{64}\.$/,
      ),
      expect.stringMatching(
        /^ {2}missing\.pdf: Could not import "missing\.pdf": there is no such file: /,
      ),
    ]);
    expect(await readdir(run.directory)).toEqual(
      expect.arrayContaining(['kingston-upon-hull-ofsted-2019-05-17.md']),
    );
    expect((await readdir(path.join(run.directory, 'originals'))).sort()).toEqual([
      'kingston-upon-hull--2019-05-17.pdf',
    ]);
  });
});
