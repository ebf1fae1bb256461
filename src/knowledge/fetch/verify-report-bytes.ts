import { createHash } from 'node:crypto';
import { ReportFetchError } from './report-fetch-error.ts';

const pdfMagic = '%PDF-';

/** What a manifest promises about one report's bytes. */
export interface ExpectedReport {
  readonly fileName: string;
  readonly url: string;
  readonly sha256: string;
}

/** The sha256 of some bytes, as lowercase hex (the manifest's form). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checks downloaded bytes against the manifest: first that they are a PDF at all (a web page
 * served in its place deserves that message, not a bare hash mismatch), then the sha256.
 */
export function verifyReportBytes(bytes: Uint8Array, expected: ExpectedReport): void {
  const { fileName, url } = expected;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.startsWith(pdfMagic)) {
    throw new ReportFetchError(
      'not-pdf',
      `${fileName}: ${url} did not send a PDF ${describeContent(head, bytes.byteLength)}; refused.`,
    );
  }
  const actual = sha256Hex(bytes);
  if (actual !== expected.sha256) {
    throw new ReportFetchError(
      'checksum',
      `${fileName}: the file from ${url} has sha256 ${actual}, but the manifest says ${expected.sha256}; refused.`,
    );
  }
}

/** A short guess at what came instead, so a login page or error page is recognisable. */
function describeContent(head: string, length: number): string {
  if (length === 0) return '(the answer was empty)';
  if (/^\s*(<!doctype html|<html|<\?xml|<head|<body)/i.test(head)) {
    const title = /<title[^>]*>([^<]{1,80})/i.exec(head)?.[1]?.trim();
    return `but an HTML page${title ? ` ("${title}")` : ''}`;
  }
  const start = head.slice(0, 16).replace(/[^\x20-\x7e]/g, '.');
  return `(it starts "${start}", not "${pdfMagic}")`;
}
