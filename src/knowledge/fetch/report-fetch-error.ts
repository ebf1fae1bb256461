import { UserError } from '../../user-error.ts';

/** Why one report was refused: a stable identifier for callers and tests that branch on it. */
export type ReportFetchFailure =
  | 'http-status'
  | 'timeout'
  | 'too-large'
  | 'unreachable'
  | 'interrupted'
  | 'not-pdf'
  | 'checksum'
  | 'exists-different'
  | 'import-failed';

/**
 * An expected failure to fetch one report, with a message that names the file, the URL and the
 * value at fault, so the summary can print it as it is.
 */
export class ReportFetchError extends UserError {
  constructor(
    readonly failure: ReportFetchFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(failure === 'unreachable' ? 'unavailable' : 'bad-input', message, options);
  }
}
