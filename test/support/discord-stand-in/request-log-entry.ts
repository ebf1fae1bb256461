/** One HTTP request the stand-in answered, for assertions and for timeout diagnostics. */
export interface RequestLogEntry {
  /** When the request arrived (ms since the epoch), for deadline checks. */
  at: number;
  method: string;
  /** The path after `/api/v10` (decoded), or the full path outside the API. */
  path: string;
  /** The query string without `?`, e.g. `with_response=false`. */
  query: string;
  status: number;
  /** The route pattern that answered, e.g. `POST /interactions/:id/:token/callback`; null if none. */
  route: string | null;
  /** True when `failNext` produced the answer. */
  injected: boolean;
  /** The parsed JSON (or multipart `payload_json`) body. */
  body: unknown;
  /** The JSON the stand-in answered with; undefined for 204 and file downloads. */
  response: unknown;
}

/** Formats a log entry as one line, e.g. `POST /interactions/1/t/callback → 429`. */
export function formatRequest(entry: RequestLogEntry): string {
  const query = entry.query === '' ? '' : `?${entry.query}`;
  const detail =
    entry.status >= 400 && entry.response !== undefined ? ` ${JSON.stringify(entry.response)}` : '';
  return `${entry.method} ${entry.path}${query} → ${entry.status}${entry.injected ? ' (injected)' : ''}${detail}`;
}
