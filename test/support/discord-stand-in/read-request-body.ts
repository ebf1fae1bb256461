import type { IncomingMessage } from 'node:http';

/** A file part of a multipart request, as the bot uploaded it. */
export interface UploadedFile {
  /** The form field, `files[n]` for discord.js. */
  field: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A request body: the JSON (or multipart `payload_json`) and any uploaded files. */
export interface RequestBody {
  json: unknown;
  files: UploadedFile[];
}

/** Thrown for a body the stand-in cannot read, answered as Discord's 50109 invalid JSON. */
export class UnreadableBodyError extends Error {
  override readonly name = 'UnreadableBodyError';
}

async function readRaw(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UnreadableBodyError(
      `discord-stand-in: request body is not JSON: ${text.slice(0, 80)}`,
    );
  }
}

async function readMultipart(raw: Buffer, contentType: string): Promise<RequestBody> {
  // The WHATWG Request parser handles multipart exactly as undici (discord.js' client) writes it.
  const form = await new Request('http://stand-in.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: raw,
  }).formData();
  let json: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') json = parseJson(value);
      continue;
    }
    files.push({
      field,
      filename: value.name,
      contentType: value.type || 'application/octet-stream',
      bytes: new Uint8Array(await value.arrayBuffer()),
    });
  }
  return { json, files };
}

/** Reads a JSON or multipart/form-data request body; an empty body reads as `undefined`. */
export async function readRequestBody(request: IncomingMessage): Promise<RequestBody> {
  const raw = await readRaw(request);
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) return readMultipart(raw, contentType);
  if (raw.byteLength === 0) return { json: undefined, files: [] };
  return { json: parseJson(raw.toString('utf8')), files: [] };
}
