import { describe, expect, it } from 'vitest';
import { ReportFetchError } from '../../../src/knowledge/fetch/report-fetch-error.ts';
import { sha256Hex, verifyReportBytes } from '../../../src/knowledge/fetch/verify-report-bytes.ts';
import { htmlPage } from './report-server.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\nnot much of a report');
const expected = { fileName: 'a.pdf', url: 'https://example.test/a', sha256: sha256Hex(pdf) };

function refusal(bytes: Uint8Array, sha256 = expected.sha256): ReportFetchError {
  try {
    verifyReportBytes(bytes, { ...expected, sha256 });
  } catch (error) {
    expect(error).toBeInstanceOf(ReportFetchError);
    return error as ReportFetchError;
  }
  throw new Error('expected a refusal');
}

describe('verifyReportBytes', () => {
  it('accepts a PDF with the manifest hash', () => {
    expect(() => verifyReportBytes(pdf, expected)).not.toThrow();
  });

  it('refuses a hash mismatch, naming the file, the URL and both hashes', () => {
    const wrong = 'f'.repeat(64);
    const error = refusal(pdf, wrong);
    expect(error.failure).toBe('checksum');
    expect(error.message).toBe(
      `a.pdf: the file from https://example.test/a has sha256 ${expected.sha256}, but the manifest says ${wrong}; refused.`,
    );
  });

  it('calls an HTML page an HTML page, with its title', () => {
    const error = refusal(new TextEncoder().encode(htmlPage));
    expect(error.failure).toBe('not-pdf');
    expect(error.message).toBe(
      'a.pdf: https://example.test/a did not send a PDF but an HTML page ("Page not found - Ofsted"); refused.',
    );
  });

  it('shows how other non-PDF content starts, and says when it was empty', () => {
    expect(refusal(new TextEncoder().encode('PK\u0003\u0004zip')).message).toMatch(
      /\(it starts "PK\.\.zip", not "%PDF-"\)/,
    );
    expect(refusal(new Uint8Array()).message).toMatch(/\(the answer was empty\)/);
  });
});
