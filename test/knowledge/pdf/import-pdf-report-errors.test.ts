import { describe, expect, it } from 'vitest';
import { importPdfReport } from '../../../src/knowledge/pdf/import-pdf-report.ts';
import { PdfImportError } from '../../../src/knowledge/pdf/pdf-import-error.ts';
import { isUserError } from '../../../src/user-error.ts';

/** Bytes that look random but are the same on every run. */
function noise(length: number): Uint8Array {
  let state = 42;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % 256;
  });
}

/** A well-formed one-page PDF with nothing on the page: what a scan without OCR looks like. */
const blankPdf = new TextEncoder().encode(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
    '4 0 obj << /Length 0 >> stream',
    '',
    'endstream endobj',
    'trailer << /Root 1 0 R /Size 5 >>',
    '%%EOF',
    '',
  ].join('\n'),
);

async function failureOf(bytes: Uint8Array, sourceFileName: string): Promise<PdfImportError> {
  try {
    await importPdfReport(bytes, { sourceFileName });
  } catch (error) {
    if (error instanceof PdfImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('importPdfReport on a file it cannot import', () => {
  it('rejects random bytes as not a PDF, naming the file', async () => {
    const error = await failureOf(noise(4096), 'upload.pdf');
    expect(error.failure).toBe('not-pdf');
    expect(error.message).toBe(
      'Could not import "upload.pdf": it is not a PDF file (no "%PDF-" header).',
    );
    expect(isUserError(error)).toBe(true);
  });

  it('rejects an empty file', async () => {
    const error = await failureOf(new Uint8Array(), 'empty.pdf');
    expect(error.failure).toBe('empty-file');
    expect(error.message).toBe('Could not import "empty.pdf": the file is empty.');
  });

  it('rejects a damaged PDF', async () => {
    const damaged = new Uint8Array([
      ...new TextEncoder().encode('%PDF-1.7\n'),
      ...noise(4096),
      ...new TextEncoder().encode('\n%%EOF\n'),
    ]);
    const error = await failureOf(damaged, 'damaged.pdf');
    expect(error.failure).toBe('unreadable');
    expect(error.message).toMatch(
      /^Could not import "damaged\.pdf": it is damaged or not a valid PDF\.$/,
    );
  });

  it('rejects a PDF without a text layer', async () => {
    const error = await failureOf(blankPdf, 'scan.pdf');
    expect(error.failure).toBe('no-text');
    expect(error.message).toMatch(/^Could not import "scan\.pdf": it has no text layer/);
  });

  it('rejects bad options before reading the file', async () => {
    const attempt = importPdfReport(blankPdf, {
      sourceFileName: 'x.pdf',
      published: '4 September 2017',
    });
    await expect(attempt).rejects.toMatchObject({
      failure: 'invalid-options',
      message: expect.stringMatching(/^Could not import "x\.pdf": bad options \(published: /),
    });
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = blankPdf.slice();
    await failureOf(bytes, 'scan.pdf');
    expect(bytes).toEqual(blankPdf);
  });
});
