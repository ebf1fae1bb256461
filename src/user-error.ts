/** The expected failures a user can cause or fix, each shown to them plainly. */
export type UserErrorCode =
  | 'bad-input'
  | 'not-found'
  | 'not-allowed'
  | 'busy'
  | 'invalid-knowledge'
  | 'unavailable';

/**
 * An error whose message is written for the person who caused it. Anything that is not a
 * UserError is unexpected: it is logged with a reference and the user sees a generic reply.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(
    readonly code: UserErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Whether a thrown value is an expected, user-facing error. */
export function isUserError(value: unknown): value is UserError {
  return value instanceof UserError;
}
