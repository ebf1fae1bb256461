import type { KnowledgeDocument } from '../knowledge/knowledge-document.ts';
import { isInspectorsFinding } from '../knowledge/source-kind.ts';

/**
 * The inspection a primary source speaks for, labelled by the year inspectors were on site
 * ("Ofsted inspection 2024"); undefined for secondary sources.
 */
export function inspectionLabel(document: KnowledgeDocument): string | undefined {
  const { meta } = document;
  if (!isInspectorsFinding(meta.kind)) return undefined;
  const year = (meta.inspected?.to ?? meta.published).slice(0, 4);
  const what = meta.kind === 'monitoring-letter' ? 'monitoring visit' : 'inspection';
  return `${meta.publisher} ${what} ${year}`;
}
