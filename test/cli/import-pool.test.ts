import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportPool } from '../../src/cli/import-pool.ts';
import type { ReportFileResult, ReportFileTask } from '../../src/cli/import-report-file.ts';

const report = path.resolve(
  import.meta.dirname,
  '../fixtures/reports/kingston-upon-hull--2019-05-17.pdf',
);
const task = (index: number): ReportFileTask => ({
  index,
  pdfPath: report,
  options: { sourceFileName: `copy-${index}.pdf`, published: '2019-05-17' },
});

describe('runImportPool', () => {
  it('imports every task once, in child processes', async () => {
    const results: ReportFileResult[] = [];
    await runImportPool([task(0), task(1), task(2)], {
      jobs: 2,
      onResult: async (result) => {
        results.push(result);
      },
    });
    expect(results.map((result) => [result.index, result.status]).sort()).toEqual([
      [0, 'imported'],
      [1, 'imported'],
      [2, 'imported'],
    ]);
  }, 60_000);

  it('refuses a file that takes too long, naming it, and goes on with a new child', async () => {
    const results: ReportFileResult[] = [];
    await runImportPool([task(0), task(1)], {
      jobs: 1,
      timeoutMs: 1,
      onResult: async (result) => {
        results.push(result);
      },
    });
    expect(results).toEqual([
      {
        index: 0,
        status: 'refused',
        reason: 'Could not import "copy-0.pdf": it took longer than 0.001 s to import.',
      },
      {
        index: 1,
        status: 'refused',
        reason: 'Could not import "copy-1.pdf": it took longer than 0.001 s to import.',
      },
    ]);
  }, 60_000);
});
