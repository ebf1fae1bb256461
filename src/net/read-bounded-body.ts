/** A response body read in full, or found to be over the limit (then it was not read further). */
export type BoundedBody = { kind: 'read'; bytes: Uint8Array } | { kind: 'too-large' };

/** The body stream failed part-way (the connection broke off, or the request was aborted). */
export class BodyReadError extends Error {
  override readonly name = 'BodyReadError';
  constructor(
    /** How many bytes had arrived before it failed. */
    readonly received: number,
    options: ErrorOptions,
  ) {
    super(`the body broke off after ${received} bytes`, options);
  }
}

/**
 * Reads a response body chunk by chunk, stopping as soon as it passes `maxBytes`, so a server
 * that sends more than it declared (or declares nothing) cannot fill memory. Used by every
 * download the bot makes: attachments for /kb add and reports for kb:fetch.
 */
export async function readBoundedBody(response: Response, maxBytes: number): Promise<BoundedBody> {
  if (!response.body) return { kind: 'read', bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) return { kind: 'too-large' };
      chunks.push(value);
    }
  } catch (error) {
    throw new BodyReadError(total, { cause: error });
  } finally {
    reader.releaseLock();
  }
  return { kind: 'read', bytes: new Uint8Array(Buffer.concat(chunks)) };
}
