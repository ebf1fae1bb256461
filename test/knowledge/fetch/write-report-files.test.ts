import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportFetchError } from '../../../src/knowledge/fetch/report-fetch-error.ts';
import {
  compareWithExisting,
  writeReportFiles,
} from '../../../src/knowledge/fetch/write-report-files.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeReportFiles', () => {
  let directory: string;
  let files: { target: string; content: Uint8Array }[];
  const options = { force: false, fileName: 'a.pdf' };

  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'write-report-'));
    files = [
      { target: path.join(directory, 'originals', 'a.pdf'), content: bytes('%PDF-1.7') },
      { target: path.join(directory, 'a.md'), content: bytes('---\nid: a\n---\n') },
    ];
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes absent files, creating originals/, and leaves no temporary file', async () => {
    expect(await writeReportFiles(files, options)).toBe('written');
    expect(await readFile(path.join(directory, 'a.md'), 'utf8')).toBe('---\nid: a\n---\n');
    expect(await readdir(directory, { recursive: true })).toEqual(
      expect.arrayContaining(['a.md', 'originals', path.join('originals', 'a.pdf')]),
    );
    expect(await readdir(directory, { recursive: true })).toHaveLength(3);
  });

  it('reports identical files as unchanged', async () => {
    await writeReportFiles(files, options);
    expect(await writeReportFiles(files, options)).toBe('unchanged');
    expect(await compareWithExisting(path.join(directory, 'a.md'), bytes('other'))).toBe(
      'different',
    );
  });

  it('refuses a different file without --force and writes neither', async () => {
    await writeFile(path.join(directory, 'a.md'), 'hand-edited\n');
    const attempt = writeReportFiles(files, options);
    await expect(attempt).rejects.toThrow(
      `a.pdf: ${path.join(directory, 'a.md')} already exists and differs; pass --force to replace it.`,
    );
    await attempt.catch((error: unknown) =>
      expect((error as ReportFetchError).failure).toBe('exists-different'),
    );
    expect(await readdir(directory)).toEqual(['a.md']);
  });

  it('replaces a different file with --force', async () => {
    await writeFile(path.join(directory, 'a.md'), 'hand-edited\n');
    expect(await writeReportFiles(files, { ...options, force: true })).toBe('replaced');
    expect(await readFile(path.join(directory, 'a.md'), 'utf8')).toBe('---\nid: a\n---\n');
  });
});
