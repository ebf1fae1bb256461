import path from 'node:path';
import { UserError } from '../user-error.ts';

/** What `/kb add` accepts: a Markdown or plain-text body, or an inspection report PDF. */
export type AttachmentFormat = 'markdown' | 'text' | 'pdf';

/** An attachment as Discord describes it, before its bytes are fetched. */
export interface AttachmentInfo {
  filename: string;
  /** The size Discord reports; checked first so an oversize file is never downloaded. */
  size: number;
}

/** A checked attachment: text decoded from UTF-8, or PDF bytes for the importer. */
export type ValidAttachment =
  | { format: 'markdown' | 'text'; text: string }
  | { format: 'pdf'; bytes: Uint8Array };

const formats: Record<string, AttachmentFormat> = {
  '.md': 'markdown',
  '.txt': 'text',
  '.pdf': 'pdf',
};

/** Checks an attachment's name and declared size before anything is downloaded. */
export function checkAttachmentInfo(info: AttachmentInfo, maxBytes: number): AttachmentFormat {
  const extension = path.extname(info.filename).toLowerCase();
  const format = formats[extension];
  if (extension === '.yaml' || extension === '.yml') {
    // The glossary and the curated facts are one file each, edited where they are: a whole
    // file uploaded over them could drop every entry at once, and is not a document to add.
    throw new UserError(
      'bad-input',
      `"${info.filename}" is a YAML file. /kb add adds documents; glossary.yaml and facts.yaml are edited in the knowledge folder, checked with \`npm run kb:check\` and loaded with /kb refresh (see the README).`,
    );
  }
  if (!format) {
    throw new UserError(
      'bad-input',
      `"${info.filename}" is not a .md, .txt or .pdf file. Attach the document as Markdown, plain text (UTF-8) or an inspection report PDF.`,
    );
  }
  checkSize(info.filename, info.size, maxBytes);
  return format;
}

/**
 * Checks the downloaded bytes: within the limit, text that is valid UTF-8 without NUL bytes
 * (so a binary renamed .txt is refused), or a file that really starts as a PDF.
 */
export function validateAttachment(
  info: Pick<AttachmentInfo, 'filename'>,
  bytes: Uint8Array,
  maxBytes: number,
): ValidAttachment {
  const format = checkAttachmentInfo({ filename: info.filename, size: bytes.byteLength }, maxBytes);
  if (bytes.byteLength === 0) throw new UserError('bad-input', `"${info.filename}" is empty.`);
  if (format === 'pdf') {
    if (!startsWith(bytes, '%PDF-')) {
      throw new UserError(
        'bad-input',
        `"${info.filename}" is named .pdf but is not a PDF (it does not start with %PDF-).`,
      );
    }
    return { format, bytes };
  }
  if (bytes.includes(0)) {
    throw new UserError(
      'bad-input',
      `"${info.filename}" looks like a binary file (it contains NUL bytes); attach UTF-8 text.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      'bad-input',
      `"${info.filename}" is not valid UTF-8 text. Save it as UTF-8 and attach it again.`,
    );
  }
  return { format, text };
}

function checkSize(filename: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new UserError(
      'bad-input',
      `"${filename}" is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)} (KB_MAX_ATTACHMENT_BYTES).`,
    );
  }
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  return [...prefix].every((char, i) => bytes[i] === char.charCodeAt(0));
}

/** A size a moderator can read: bytes, KB or MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
