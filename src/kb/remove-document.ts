import type { KnowledgeStore, RefreshOutcome } from '../live/knowledge-store.ts';
import { editDistance } from '../text/edit-distance.ts';
import { UserError } from '../user-error.ts';
import { FileTransaction } from './file-transaction.ts';

export interface RemoveDocumentServices {
  store: Pick<KnowledgeStore, 'current' | 'refresh' | 'directory'>;
  by: string;
  now?: () => Date;
}

/** The document taken out (or kept, if the refresh refused) and the refresh that followed. */
export interface RemoveDocumentResult {
  id: string;
  file: string;
  /** Where the file now is, relative to the knowledge directory, when the removal stood. */
  movedTo: string | undefined;
  outcome: RefreshOutcome;
}

/**
 * Takes a loaded document out: its file moves to `.removed/` (so it can be put back by moving
 * it again) and the knowledge is refreshed. If the result would be invalid, e.g. a curated fact
 * quotes the document, the file is moved back and the problems are returned.
 */
export async function removeDocument(
  id: string,
  services: RemoveDocumentServices,
): Promise<RemoveDocumentResult> {
  const { documentsById } = services.store.current().library.knowledgeBase;
  const document = documentsById.get(id);
  if (!document) {
    const close = closestIds(id, [...documentsById.keys()]);
    throw new UserError(
      'not-found',
      `No document "${id}" is loaded.${close.length > 0 ? ` Did you mean: ${close.join(', ')}?` : ''}`,
    );
  }
  const transaction = new FileTransaction(services.store.directory, services.now);
  let movedTo: string | undefined;
  const outcome = await services.store.refresh(services.by, {
    apply: async () => {
      movedTo = await transaction.moveAside(document.file);
    },
    undo: async () => {
      movedTo = undefined;
      await transaction.rollback();
    },
  });
  return { id, file: document.file, movedTo, outcome };
}

/** Up to three ids a typo away, or containing what was typed. */
export function closestIds(typed: string, ids: readonly string[]): string[] {
  const wanted = typed.trim().toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return ids
    .map((id) => ({ id, distance: id.includes(wanted) ? 0 : editDistance(wanted, id) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((candidate) => candidate.id);
}
