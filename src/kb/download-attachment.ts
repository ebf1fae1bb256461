import { type BoundedBody, readBoundedBody } from '../net/read-bounded-body.ts';
import { UserError } from '../user-error.ts';
import { formatBytes } from './validate-attachment.ts';

/** Long enough for a few MB over a slow link, short enough that a moderator is not left waiting. */
export const attachmentTimeoutMs = 20_000;

export interface DownloadOptions {
  maxBytes: number;
  timeoutMs?: number;
  /** Replaceable so tests can point it at a dead or lying server. */
  fetch?: typeof globalThis.fetch;
}

/**
 * Downloads an attachment within a time limit, counting bytes as they stream in and stopping
 * at `maxBytes`: a server can send more than its Content-Length says, or none at all.
 */
export async function downloadAttachment(
  url: string,
  filename: string,
  options: DownloadOptions,
): Promise<Uint8Array> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? attachmentTimeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const unavailable = (why: string, cause?: unknown) =>
    new UserError(
      'unavailable',
      `Could not download "${filename}" from Discord: ${why}. Please try again.`,
      cause === undefined ? undefined : { cause },
    );
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { signal: controller.signal, redirect: 'error' });
    } catch (error) {
      throw unavailable(
        controller.signal.aborted
          ? `no answer within ${timeoutMs / 1000} s`
          : 'the connection failed',
        error,
      );
    }
    if (!response.ok) throw unavailable(`Discord answered ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      controller.abort();
      throw tooLarge(filename, options.maxBytes);
    }
    return await readLimited(response, filename, options.maxBytes, controller, unavailable);
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(
  response: Response,
  filename: string,
  maxBytes: number,
  controller: AbortController,
  unavailable: (why: string, cause?: unknown) => UserError,
): Promise<Uint8Array> {
  let body: BoundedBody;
  try {
    body = await readBoundedBody(response, maxBytes);
  } catch (error) {
    throw unavailable(
      controller.signal.aborted ? 'it took too long' : 'the connection broke off',
      error,
    );
  }
  if (body.kind === 'too-large') {
    controller.abort();
    throw tooLarge(filename, maxBytes);
  }
  return body.bytes;
}

function tooLarge(filename: string, maxBytes: number): UserError {
  return new UserError(
    'bad-input',
    `"${filename}" is larger than the limit of ${formatBytes(maxBytes)} (KB_MAX_ATTACHMENT_BYTES).`,
  );
}
