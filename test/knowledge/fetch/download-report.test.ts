import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadReport } from '../../../src/knowledge/fetch/download-report.ts';
import { ReportFetchError } from '../../../src/knowledge/fetch/report-fetch-error.ts';
import { fixtureDir, type ReportServer, refusedBase, startReportServer } from './report-server.ts';

const fileName = 'report.pdf';

async function failureOf(attempt: Promise<unknown>): Promise<ReportFetchError> {
  const error = await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ReportFetchError);
  return error as ReportFetchError;
}

describe('downloadReport', () => {
  let server: ReportServer;
  beforeAll(async () => {
    server = await startReportServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('returns the bytes exactly as served', async () => {
    const bytes = await downloadReport(`${server.base}/reports/bromley--2024-01-12.pdf`, {
      fileName,
    });
    expect(Buffer.from(bytes)).toEqual(
      await readFile(path.join(fixtureDir, 'bromley--2024-01-12.pdf')),
    );
  });

  it('names the file, the URL and the status of an HTTP error', async () => {
    const url = `${server.base}/missing`;
    const error = await failureOf(downloadReport(url, { fileName }));
    expect(error.failure).toBe('http-status');
    expect(error.message).toBe(`report.pdf: ${url} answered HTTP 404 Not Found.`);
  });

  it('gives up on a server that stops sending, within the timeout', async () => {
    const started = Date.now();
    const url = `${server.base}/slow`;
    const error = await failureOf(downloadReport(url, { fileName, timeoutMs: 200 }));
    expect(error.failure).toBe('timeout');
    expect(error.message).toBe(
      `report.pdf: no complete answer from ${url} within 0.2 s (--timeout-seconds).`,
    );
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('stops at the size cap even when no Content-Length is declared', async () => {
    const error = await failureOf(
      downloadReport(`${server.base}/big`, { fileName, maxBytes: 1024 }),
    );
    expect(error.failure).toBe('too-large');
    expect(error.message).toMatch(/sent more than 1024 bytes/);
  });

  it('says the host cannot be reached when the connection is refused', async () => {
    const url = `${await refusedBase()}/reports/x.pdf`;
    const error = await failureOf(downloadReport(url, { fileName }));
    expect(error.failure).toBe('unreachable');
    expect(error.message).toBe(
      `Could not reach ${new URL(url).host} for report.pdf (${url}): the connection was refused.`,
    );
  });

  it('reads the socket error out of a failed fetch, however it is wrapped', async () => {
    const dead = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
        }),
      );
    const error = await failureOf(
      downloadReport('https://files.ofsted.gov.uk/v1/file/1', { fileName, fetch: dead }),
    );
    expect(error.message).toMatch(
      /^Could not reach files\.ofsted\.gov\.uk for report\.pdf \(https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/1\): the host name was not found/,
    );
  });
});
