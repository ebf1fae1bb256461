import { UserError } from '../../user-error.ts';

/** Why a PDF could not be imported: a stable identifier for callers that branch on it. */
export type PdfImportFailure =
  | 'empty-file'
  | 'not-pdf'
  | 'truncated'
  | 'encrypted'
  | 'unreadable'
  | 'no-text'
  | 'missing-metadata'
  | 'invalid-options';

/**
 * An expected import failure, with a message a moderator can act on: it names the file and the
 * reason, so `/kb add` can show it as is and the CLI can print it without a stack trace.
 */
export class PdfImportError extends UserError {
  constructor(
    readonly failure: PdfImportFailure,
    readonly fileName: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super('bad-input', `Could not import "${fileName}": ${reason}`, options);
  }
}
