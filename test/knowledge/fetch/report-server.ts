import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** The committed fixture reports; tests never read the national folder. */
export const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/reports');

/** A page a login wall or an error page might serve in place of the PDF. */
export const htmlPage =
  '<!DOCTYPE html><html><head><title>Page not found - Ofsted</title></head><body>Gone</body></html>';

/** A stand-in for Ofsted's file service on 127.0.0.1, with the ways a real one misbehaves. */
export interface ReportServer {
  readonly base: string;
  /** Paths requested, in order, so tests can tell a download from a reuse. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `/reports/<fixture>.pdf` from the fixtures, `/html` (an HTML page labelled as a PDF),
 * `/slow` (headers, then silence), `/big` (more bytes than it declares) and 404 otherwise.
 */
export async function startReportServer(): Promise<ReportServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const fixture = /^\/reports\/([a-z0-9-]+\.pdf)$/.exec(url)?.[1];
    if (fixture !== undefined) {
      readFile(path.join(fixtureDir, fixture)).then(
        (bytes) => response.writeHead(200, { 'content-type': 'application/pdf' }).end(bytes),
        () => response.writeHead(404).end('Not Found'),
      );
      return;
    }
    switch (url) {
      case '/html':
        response.writeHead(200, { 'content-type': 'application/pdf' }).end(htmlPage);
        return;
      case '/slow':
        // Headers at once, then no body: only a timeout covering the whole response stops this.
        response.writeHead(200, { 'content-type': 'application/pdf' });
        response.write('%PDF-1.7\n');
        return;
      case '/big':
        response.writeHead(200, { 'content-type': 'application/pdf' });
        response.end(`%PDF-1.7\n${'x'.repeat(4096)}`);
        return;
      default:
        response.writeHead(404, { 'content-type': 'text/html' }).end('<html>Not Found</html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A local address with nothing listening: a port that was just free, now closed. */
export async function refusedBase(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
