import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadAttachment } from '../../src/kb/download-attachment.ts';
import { UserError } from '../../src/user-error.ts';

const limit = 1024;

describe('downloadAttachment', () => {
  let server: Server;
  let base: string;
  let streamed = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      switch (request.url) {
        case '/small':
          response.writeHead(200, { 'content-length': '5' }).end('hello');
          return;
        case '/declared-big':
          response.writeHead(200, { 'content-length': String(limit * 10) });
          response.write('x');
          return;
        case '/chunked-big': {
          // No Content-Length: only counting the bytes can stop this.
          response.writeHead(200);
          const timer = setInterval(() => {
            streamed += 512;
            if (!response.write('y'.repeat(512))) return;
            if (streamed > limit * 20) {
              clearInterval(timer);
              response.end();
            }
          }, 1);
          response.on('close', () => clearInterval(timer));
          return;
        }
        case '/silent':
          return; // never answers
        default:
          response.writeHead(404).end('Not Found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const download = (path: string, timeoutMs = 2_000) =>
    downloadAttachment(`${base}${path}`, 'doc.md', { maxBytes: limit, timeoutMs });

  it('returns the bytes of a file within the limit', async () => {
    expect(new TextDecoder().decode(await download('/small'))).toBe('hello');
  });

  it('refuses a declared Content-Length over the limit', async () => {
    await expect(download('/declared-big')).rejects.toThrow(/larger than the limit of 1\.0 KB/);
  });

  it('stops a stream without Content-Length once it passes the limit', async () => {
    await expect(download('/chunked-big')).rejects.toThrow(/larger than the limit/);
    expect(streamed).toBeLessThan(limit * 20);
  });

  it('reports a server error, a dead port and a silent server as unavailable', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const deadPort = (dead.address() as AddressInfo).port;
    await new Promise((resolve) => dead.close(resolve));

    const failures = await Promise.all([
      download('/missing').catch((error: unknown) => error),
      downloadAttachment(`http://127.0.0.1:${deadPort}/x`, 'doc.md', { maxBytes: limit }).catch(
        (error: unknown) => error,
      ),
      download('/silent', 200).catch((error: unknown) => error),
    ]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(UserError);
      expect(failure).toMatchObject({ code: 'unavailable' });
    }
    expect(failures.map((failure) => (failure as Error).message)).toEqual([
      'Could not download "doc.md" from Discord: Discord answered 404. Please try again.',
      'Could not download "doc.md" from Discord: the connection failed. Please try again.',
      'Could not download "doc.md" from Discord: no answer within 0.2 s. Please try again.',
    ]);
  });
});
