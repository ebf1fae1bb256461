import type { z } from 'zod';

/** One rule a request broke, in Discord's `{ code, message }` shape. */
export interface FormError {
  code: string;
  message: string;
}

/** Discord's nested error tree: path segments as keys, `_errors` at the leaves. */
export interface FormErrorTree {
  [segment: string]: FormErrorTree | FormError[];
}

/** The JSON body of a 400 `Invalid Form Body` (code 50035) answer. */
export interface InvalidFormBody {
  message: 'Invalid Form Body';
  code: 50035;
  errors: FormErrorTree;
}

/** A zod issue may carry the Discord error code a custom rule stands for. */
export interface DiscordIssueParams {
  discordCode: string;
}

function toFormError(issue: z.core.$ZodIssue): FormError {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int'
        ? {
            code: 'NUMBER_TYPE_MAX',
            message: `int value should be less than or equal to ${issue.maximum}.`,
          }
        : { code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${issue.maximum} or fewer in length.` };
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int'
        ? {
            code: 'NUMBER_TYPE_MIN',
            message: `int value should be greater than or equal to ${issue.minimum}.`,
          }
        : { code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${issue.minimum} or more in length.` };
    case 'invalid_type':
      // zod v4 does not keep the input, but its message names what was received.
      return issue.message.endsWith('received undefined')
        ? { code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }
        : { code: `BASE_TYPE_${issue.expected.toUpperCase()}`, message: issue.message };
    case 'custom': {
      const discordCode: unknown = issue.params?.discordCode;
      return {
        code: typeof discordCode === 'string' ? discordCode : 'INVALID',
        message: issue.message,
      };
    }
    default:
      return { code: issue.code.toUpperCase(), message: issue.message };
  }
}

function insert(tree: FormErrorTree, path: readonly PropertyKey[], error: FormError): void {
  let node = tree;
  for (const segment of path) {
    const key = String(segment);
    const child = node[key];
    if (child === undefined || Array.isArray(child)) {
      const next: FormErrorTree = {};
      node[key] = next;
      node = next;
    } else {
      node = child;
    }
  }
  const leaf = node._errors;
  if (Array.isArray(leaf)) leaf.push(error);
  else node._errors = [error];
}

/**
 * Converts zod issues to Discord's 50035 answer, so a bot sees the same error shape (and
 * discord.js the same `DiscordAPIError` text) as from the real API. `prefix` places the
 * issues under a body key, such as `data` for an interaction callback.
 */
export function invalidFormBody(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): InvalidFormBody {
  const errors: FormErrorTree = {};
  for (const issue of issues) insert(errors, [...prefix, ...issue.path], toFormError(issue));
  return { message: 'Invalid Form Body', code: 50035, errors };
}
