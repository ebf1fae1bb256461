import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AttachmentStore } from './attachment-store.ts';
import type { FaultInjector } from './fault-injector.ts';
import { type RequestBody, readRequestBody, UnreadableBodyError } from './read-request-body.ts';
import type { RequestLogEntry } from './request-log-entry.ts';
import {
  discordError,
  matchRoute,
  type RestRoute,
  type RouteResult,
  UNAUTHORIZED,
} from './rest-route.ts';

const API_PREFIX = ['api', 'v10'];
const NOT_FOUND = discordError(404, 0, '404: Not Found');

/** What the HTTP side of the stand-in needs from the rest of it. */
export interface RestRequestHandlerOptions {
  routes: readonly RestRoute[];
  faults: FaultInjector;
  attachments: AttachmentStore;
  isValidToken: (token: string) => boolean;
  /** Called once per answered request; `matched` is false for unknown routes. */
  log: (entry: RequestLogEntry, matched: boolean, params: Readonly<Record<string, string>>) => void;
}

function send(
  response: ServerResponse,
  result: RouteResult,
  headers: Record<string, string> = {},
): void {
  if (result.body === undefined) {
    // An empty success must carry no content-type, or undici tries to parse a JSON body.
    response.writeHead(result.status, headers).end();
    return;
  }
  response
    .writeHead(result.status, { ...headers, 'content-type': 'application/json' })
    .end(JSON.stringify(result.body));
}

function serveAttachment(
  options: RestRequestHandlerOptions,
  segments: string[],
  response: ServerResponse,
): number {
  const [, id = '', filename = ''] = segments;
  const file = segments.length === 3 ? options.attachments.find(id, filename) : undefined;
  if (file === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    return 404;
  }
  response
    .writeHead(200, {
      'content-type': file.attachment.content_type,
      'content-length': String(file.bytes.byteLength),
    })
    .end(file.bytes);
  return 200;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The bot token from `Authorization: Bot <token>`, or undefined. */
function botToken(request: IncomingMessage): string | undefined {
  const match = /^Bot (.+)$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

async function answer(
  options: RestRequestHandlerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://stand-in.invalid');
  const method = request.method ?? 'GET';
  // Decode segment by segment: discord.js sends `messages/%40original`.
  const segments = url.pathname.split('/').slice(1).map(decodeSegment);
  const entry: RequestLogEntry = {
    at: Date.now(),
    method,
    path: url.pathname,
    query: url.searchParams.toString(),
    status: 0,
    route: null,
    injected: false,
    body: undefined,
    response: undefined,
  };
  if (segments[0] === 'attachments' && method === 'GET') {
    entry.status = serveAttachment(options, segments, response);
    options.log(entry, entry.status === 200, {});
    return;
  }
  const isApi = API_PREFIX.every((part, index) => segments[index] === part);
  const apiSegments = isApi ? segments.slice(API_PREFIX.length) : [];
  if (isApi) entry.path = `/${apiSegments.join('/')}`;
  const matched = isApi ? matchRoute(options.routes, method, apiSegments) : undefined;
  let body: RequestBody = { json: undefined, files: [] };
  let result: RouteResult;
  let headers: Record<string, string> = {};
  try {
    body = await readRequestBody(request);
    entry.body = body.json;
    const fault =
      matched === undefined ? undefined : options.faults.take({ method, path: entry.path });
    if (matched === undefined) {
      result = NOT_FOUND;
    } else if (fault !== undefined) {
      entry.injected = true;
      result = { status: fault.status, body: fault.body };
      headers = fault.headers;
    } else if (matched.route.auth && !options.isValidToken(botToken(request) ?? '')) {
      result = UNAUTHORIZED;
    } else {
      const handled = matched.route.handle({
        params: matched.params,
        query: url.searchParams,
        body,
      });
      // Stay synchronous for sync handlers: a test woken by the recorded action then already
      // sees this request in the log and its answer on the wire.
      result = handled instanceof Promise ? await handled : handled;
    }
  } catch (error) {
    result =
      error instanceof UnreadableBodyError
        ? discordError(400, 50109, 'The request body contains invalid JSON.')
        : discordError(500, 0, `discord-stand-in: ${String(error)}`);
  }
  entry.route = matched?.route.pattern ?? null;
  entry.status = result.status;
  entry.response = result.body;
  send(response, result, headers);
  options.log(entry, matched !== undefined, matched?.params ?? {});
}

/** Creates the HTTP handler: attachments, then `/api/v10` routes, fault injection and auth. */
export function createRestRequestHandler(
  options: RestRequestHandlerOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    answer(options, request, response).catch((error: unknown) => {
      // Only reached if answering itself broke; fail the request loudly, not the process.
      if (!response.headersSent)
        send(response, discordError(500, 0, `discord-stand-in: ${String(error)}`));
      else response.destroy();
    });
  };
}
