import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kbImport } from '../../src/cli/kb-import.ts';
import { isUserError } from '../../src/user-error.ts';

const original = path.resolve(
  import.meta.dirname,
  '../../knowledge/originals/croydon-ofsted-2024.pdf',
);
const committed = path.resolve(import.meta.dirname, '../../knowledge/ofsted-2024.md');
/** What the committed document's front matter records that the PDF does not print. */
const args = [
  original,
  '--id',
  'ofsted-2024',
  '--published',
  '2024-12-03',
  '--url',
  'https://files.ofsted.gov.uk/v1/file/50263391',
  '--council',
  'croydon',
  '--council-name',
  'Croydon',
  '--ofsted-urn',
  '80492',
];

describe('kb:import', () => {
  let directory: string;
  let printed: string[];
  const run = (argv: string[]) =>
    kbImport(argv, { knowledgeDir: directory, print: (line) => printed.push(line) });

  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'kb-import-'));
    printed = [];
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes the document and copies the original, reporting both and the warnings', async () => {
    expect(await run(args)).toBe(0);
    expect(await readFile(path.join(directory, 'ofsted-2024.md'), 'utf8')).toBe(
      await readFile(committed, 'utf8'),
    );
    expect(await readFile(path.join(directory, 'originals', 'croydon-ofsted-2024.pdf'))).toEqual(
      await readFile(original),
    );
    expect(printed.join('\n')).toMatch(/Copied .* to .*croydon-ofsted-2024\.pdf/);
    expect(printed.join('\n')).toMatch(/Wrote .*ofsted-2024\.md .*65 numbered paragraphs/);
    expect(printed.filter((line) => line.startsWith('Warning:'))).toEqual([
      'Warning: The report does not print its publication date; used 2024-12-03 as given.',
    ]);
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace a different document unless --force', async () => {
    const target = path.join(directory, 'ofsted-2024.md');
    await writeFile(target, 'hand-edited\n');
    await expect(run(args)).rejects.toThrow(/already exists and differs; pass --force/);
    expect(await readFile(target, 'utf8')).toBe('hand-edited\n');

    expect(await run([...args, '--force'])).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(await readFile(committed, 'utf8'));
  });

  it('leaves an identical document and original as they are', async () => {
    await copyFile(committed, path.join(directory, 'ofsted-2024.md'));
    expect(await run(args)).toBe(0);
    expect(await run(args)).toBe(0);
    expect(printed.filter((line) => line.startsWith('Unchanged'))).toHaveLength(3);
  });

  it.each([
    [['--bogus', original], /Unknown option '--bogus'/],
    [[], /give exactly one PDF file/],
    [[original, '--published', '3 December 2024'], /--published "3 December 2024": /],
    [[original, '--kind', 'blog'], /--kind "blog": /],
    [[original, '--id', 'R&D'], /^kb:import: bad value:\n {2}--id "R&D": must be lowercase/],
    [
      [original, '--council', 'croydon', '--council-name', 'Croydon', '--ofsted-urn', 'x1'],
      /--ofsted-urn "x1": must be digits/,
    ],
    [[original, '--council', 'croydon'], /--council <slug> and --council-name <name> together/],
    [[original, '--jobs', '2'], /--jobs needs --manifest/],
    [['--manifest', 'm.csv', original], /with --manifest, give no PDF file/],
    [['--manifest', 'm.csv', '--jobs', 'two'], /--jobs "two" must be a whole number/],
    [['notes.txt'], /"notes\.txt" is not a \.pdf file/],
    [['/nonexistent/missing.pdf'], /no such file/],
  ])('rejects bad usage %j with a user-facing message', async (argv, message) => {
    const attempt = run(argv);
    await expect(attempt).rejects.toThrow(message);
    await attempt.catch((error: unknown) => expect(isUserError(error)).toBe(true));
  });

  it('names a bad id without the usage text', async () => {
    const attempt = run([original, '--id', 'a&b']);
    await expect(attempt).rejects.toThrow(
      'kb:import: bad value:\n  --id "a&b": must be lowercase letters, digits and single hyphens',
    );
    await attempt.catch((error: unknown) => expect((error as Error).message).not.toMatch(/Usage/));
  });
});
