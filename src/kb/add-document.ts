import path from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { documentFrontMatterSchema } from '../knowledge/document-schema.ts';
import type { KnowledgeProblem } from '../knowledge/knowledge-problem.ts';
import { parseDocument } from '../knowledge/parse-document.ts';
import { importPdfReport } from '../knowledge/pdf/import-pdf-report.ts';
import type { KnowledgeStore, RefreshOutcome } from '../live/knowledge-store.ts';
import { UserError } from '../user-error.ts';
import type { DocumentDetails } from './document-details.ts';
import { FileTransaction, removedDirectoryName } from './file-transaction.ts';
import { slugifyDocumentId } from './slugify-document-id.ts';
import type { ValidAttachment } from './validate-attachment.ts';

/** Where imported PDFs are kept for provenance, as `kb:import` does. */
export const originalsDirectoryName = 'originals';

export interface AddDocumentRequest {
  /** The attachment's name as uploaded; never used as a path, only to name the original PDF. */
  filename: string;
  content: ValidAttachment;
  details: DocumentDetails;
  /** Replace a document with the same id; the old file is kept in `.removed/`. */
  replace: boolean;
}

export interface AddDocumentServices {
  store: Pick<KnowledgeStore, 'current' | 'refresh' | 'directory'>;
  /** Who is adding, for the refresh record. */
  by: string;
  now?: () => Date;
}

/** The document written (or refused) and the refresh that followed. */
export interface AddDocumentResult {
  id: string;
  file: string;
  /** What a moderator should check, e.g. from the PDF import. */
  warnings: string[];
  outcome: RefreshOutcome;
}

/**
 * Adds one document: builds and validates its front matter from the details (or imports the
 * PDF), writes it atomically under a slug of its title, and refreshes. If the refreshed set is
 * invalid, or another refresh is running, the directory is left exactly as it was.
 */
export async function addDocument(
  request: AddDocumentRequest,
  services: AddDocumentServices,
): Promise<AddDocumentResult> {
  const id = slugifyDocumentId(request.details.title);
  const file = `${id}.md`;
  const prepared = await prepareDocument(id, request);
  if ('problems' in prepared) {
    return {
      id,
      file,
      warnings: [],
      outcome: { status: 'invalid', problems: prepared.problems, tookMs: 0 },
    };
  }

  const existing = services.store.current().library.knowledgeBase.documentsById.get(id);
  if (existing && !request.replace) {
    throw new UserError(
      'bad-input',
      `A document with id "${id}" already exists (${existing.file}: "${existing.meta.title}"). Set replace:true to replace it; the old file is kept in ${removedDirectoryName}/.`,
    );
  }
  const transaction = new FileTransaction(services.store.directory, services.now);
  const outcome = await services.store.refresh(services.by, {
    apply: async () => {
      if (prepared.original) {
        await transaction.write(
          path.join(originalsDirectoryName, prepared.original.name),
          prepared.original.bytes,
          { replace: request.replace },
        );
      }
      // The same id in a file of another name would load twice; move that file aside.
      if (existing && existing.file !== file) await transaction.moveAside(existing.file);
      await transaction.write(file, Buffer.from(prepared.markdown, 'utf8'), {
        replace: request.replace,
      });
    },
    undo: () => transaction.rollback(),
  });
  return { id, file, warnings: prepared.warnings, outcome };
}

interface PreparedDocument {
  markdown: string;
  warnings: string[];
  original?: { name: string; bytes: Uint8Array };
}

async function prepareDocument(
  id: string,
  request: AddDocumentRequest,
): Promise<PreparedDocument | { problems: KnowledgeProblem[] }> {
  const { content, details } = request;
  const file = `${id}.md`;
  if (content.format === 'pdf') {
    const name = originalName(request.filename, id);
    const imported = await importPdfReport(content.bytes, {
      sourceFileName: name,
      id,
      title: details.title,
      publisher: details.publisher,
      published: details.published,
      kind: details.kind,
      url: details.url,
      ...(details.council ? { council: details.council } : {}),
    });
    const warnings = [...imported.warnings];
    if (details.datePrecision !== 'day') {
      warnings.push('date_precision is set to day for an imported report, which prints its dates.');
    }
    return { markdown: imported.markdown, warnings, original: { name, bytes: content.bytes } };
  }

  const frontMatter = {
    id,
    title: details.title,
    publisher: details.publisher,
    published: details.published,
    date_precision: details.datePrecision,
    url: details.url,
    kind: details.kind,
    ...(details.council ? { council: details.council } : {}),
  };
  const checked = documentFrontMatterSchema.safeParse(frontMatter);
  if (!checked.success) {
    return {
      problems: checked.error.issues.map((issue) => ({
        file,
        field: issue.path.join('.') || 'front matter',
        reason: issue.message,
      })),
    };
  }
  const body = content.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/^---[ \t]*\n/.test(body)) {
    throw new UserError(
      'bad-input',
      `"${request.filename}" already starts with front matter (---). Attach the body only: the front matter is built from the command's options.`,
    );
  }
  const markdown = `---\n${stringifyYaml(frontMatter)}---\n\n${body.replace(/^(?:[ \t]*\n)+/, '').trimEnd()}\n`;
  // The loader would refuse it anyway; checking first keeps a bad body off the disk entirely.
  const parsed = parseDocument(file, markdown);
  if (!parsed.ok) return { problems: parsed.problems };
  return { markdown, warnings: [] };
}

/** A safe name for the original PDF: its own name slugified, or the document id. */
function originalName(filename: string, id: string): string {
  const stem = path.basename(filename.replace(/\\/g, '/')).replace(/\.pdf$/i, '');
  try {
    return `${slugifyDocumentId(stem)}.pdf`;
  } catch {
    return `${id}.pdf`;
  }
}
