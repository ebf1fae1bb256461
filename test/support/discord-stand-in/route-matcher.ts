/** What fault injection and assertions match on: the method and the decoded API path. */
export interface RouteRequest {
  method: string;
  /** The path after `/api/v10`, with `%40original` decoded to `@original`. */
  path: string;
}

/**
 * Selects requests: a pattern such as `'POST /interactions/:id/:token/callback'` (`:name`
 * matches one path segment, `*` anything, a method of `*` any method), a RegExp tested against
 * `'METHOD /path'`, or a predicate.
 */
export type RouteMatcher = string | RegExp | ((request: RouteRequest) => boolean);

function patternToRegExp(pattern: string): RegExp {
  const [method = '', path = ''] = pattern.trim().split(/\s+/, 2);
  if (!path.startsWith('/')) {
    throw new Error(`discord-stand-in: route pattern must be "METHOD /path", got "${pattern}"`);
  }
  const methodSource = method === '*' ? '[A-Z]+' : method.toUpperCase();
  const pathSource = path
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      if (segment.startsWith(':')) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${methodSource} ${pathSource}$`);
}

/** Turns any matcher form into a predicate. */
export function toRoutePredicate(matcher: RouteMatcher): (request: RouteRequest) => boolean {
  if (typeof matcher === 'function') return matcher;
  const regExp = typeof matcher === 'string' ? patternToRegExp(matcher) : matcher;
  return ({ method, path }) => regExp.test(`${method} ${path}`);
}
