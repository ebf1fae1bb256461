import type { RequestBody } from './read-request-body.ts';

/** What a route handler sees of a request. */
export interface RouteRequestContext {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: RequestBody;
}

/** A route's answer: a JSON body, or none for a 204. */
export interface RouteResult {
  status: number;
  body?: unknown;
}

/** One REST endpoint of the stand-in. */
export interface RestRoute {
  /** `METHOD /path` with `:name` segments, relative to `/api/v10`. */
  pattern: string;
  /** Whether the endpoint needs `Authorization: Bot <token>` (token-in-URL ones do not). */
  auth: boolean;
  handle: (request: RouteRequestContext) => RouteResult | Promise<RouteResult>;
}

/** A route matched to a request, with its path parameters. */
export interface MatchedRoute {
  route: RestRoute;
  params: Record<string, string>;
}

/** A Discord error answer, `{ message, code }`, as the API sends it. */
export function discordError(status: number, code: number, message: string): RouteResult {
  return { status, body: { message, code } };
}

/** Discord's JSON answer for a request that did not carry the right bot token. */
export const UNAUTHORIZED: RouteResult = discordError(401, 0, '401: Unauthorized');

/** Finds the route for a method and decoded path segments. */
export function matchRoute(
  routes: readonly RestRoute[],
  method: string,
  segments: readonly string[],
): MatchedRoute | undefined {
  for (const route of routes) {
    const [routeMethod, path = ''] = route.pattern.split(' ');
    const expected = path.split('/').slice(1);
    if (routeMethod !== method || expected.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = expected.every((part, index) => {
      const actual = segments[index] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = actual;
        return actual !== '';
      }
      return part === actual;
    });
    if (matches) return { route, params };
  }
  return undefined;
}
