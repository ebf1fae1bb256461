import type { Choice } from '../answer/query-api.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';

/** The loaded documents whose id or title contains what was typed, as `id — title` choices. */
export function documentChoices(knowledgeBase: KnowledgeBase, typed: string): Choice[] {
  const wanted = typed.trim().toLowerCase();
  return knowledgeBase.documents
    .filter(
      (document) =>
        document.meta.id.includes(wanted) || document.meta.title.toLowerCase().includes(wanted),
    )
    .map((document) => ({
      name: `${document.meta.id} — ${document.meta.title}`,
      value: document.meta.id,
    }));
}
