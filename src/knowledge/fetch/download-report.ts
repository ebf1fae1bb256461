import { BodyReadError, type BoundedBody, readBoundedBody } from '../../net/read-bounded-body.ts';
import { ReportFetchError } from './report-fetch-error.ts';

/** Ofsted's reports are a few MB; anything far larger is not a report. */
export const defaultMaxReportBytes = 50 * 1024 * 1024;

/** Long enough for a large report over a slow link. */
export const defaultReportTimeoutMs = 60_000;

export interface DownloadReportOptions {
  /** The report's file name, used in messages. */
  readonly fileName: string;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Replaceable so tests can point it at a dead or lying server. */
  readonly fetch?: typeof globalThis.fetch;
}

/** Network error codes that mean the host cannot be reached at all (not that one file failed). */
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ECONNRESET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

const reasonByCode: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name was not found (no network, or a wrong address?)',
  EAI_AGAIN: 'the host name could not be looked up (no network?)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ENETDOWN: 'the network is down',
  ECONNRESET: 'the connection was reset',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out (no network, or a firewall?)',
  UND_ERR_SOCKET: 'the connection broke off',
};

/**
 * Downloads one report within a time limit for the whole response, counting bytes as they
 * stream in and stopping at the size cap: a server can send more than its Content-Length says.
 */
export async function downloadReport(
  url: string,
  options: DownloadReportOptions,
): Promise<Uint8Array> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? defaultReportTimeoutMs;
  const maxBytes = options.maxBytes ?? defaultMaxReportBytes;
  const { fileName } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = (cause: unknown) =>
    new ReportFetchError(
      'timeout',
      `${fileName}: no complete answer from ${url} within ${formatSeconds(timeoutMs)} (--timeout-seconds).`,
      { cause },
    );
  try {
    let response: Response;
    try {
      response = await fetchFn(url, {
        signal: controller.signal,
        headers: { accept: 'application/pdf', 'user-agent': 'findings-bot kb:fetch' },
      });
    } catch (error) {
      if (controller.signal.aborted) throw timedOut(error);
      throw connectionFailed(url, fileName, error);
    }
    if (!response.ok) {
      controller.abort();
      throw new ReportFetchError(
        'http-status',
        `${fileName}: ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      controller.abort();
      throw tooLarge(url, fileName, maxBytes, `declares ${declared} bytes`);
    }
    let body: BoundedBody;
    try {
      body = await readBoundedBody(response, maxBytes);
    } catch (error) {
      if (controller.signal.aborted) throw timedOut(error);
      const received = error instanceof BodyReadError ? error.received : 0;
      throw new ReportFetchError(
        'interrupted',
        `${fileName}: the download from ${url} broke off after ${received} bytes.`,
        { cause: error },
      );
    }
    if (body.kind === 'too-large') {
      controller.abort();
      throw tooLarge(url, fileName, maxBytes, `sent more than ${maxBytes} bytes`);
    }
    return body.bytes;
  } finally {
    clearTimeout(timer);
  }
}

/** A failure before any answer: the host is unreachable, or something odder that still is not ours. */
function connectionFailed(url: string, fileName: string, error: unknown): ReportFetchError {
  const code = errorCode(error);
  if (code !== undefined && unreachableCodes.has(code)) {
    const reason = reasonByCode[code] ?? `the connection failed (${code})`;
    return new ReportFetchError(
      'unreachable',
      `Could not reach ${new URL(url).host} for ${fileName} (${url}): ${reason}.`,
      { cause: error },
    );
  }
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new ReportFetchError(
    'unreachable',
    `Could not download ${fileName} from ${url}: ${detail}.`,
    { cause: error },
  );
}

/** Node's fetch wraps the socket error: `TypeError('fetch failed', { cause: { code } })`. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return undefined;
}

function tooLarge(url: string, fileName: string, maxBytes: number, what: string): ReportFetchError {
  return new ReportFetchError(
    'too-large',
    `${fileName}: ${url} ${what}, over the limit of ${Math.round(maxBytes / 1024 / 1024)} MB for a report.`,
  );
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
