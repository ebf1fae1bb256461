import { glossaryFileName } from '../knowledge/glossary/load-glossary.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { factsFileName } from '../knowledge/load-knowledge-base.ts';

/** What a refresh changed, by document id. */
export interface KnowledgeChanges {
  added: string[];
  removed: string[];
  changed: string[];
  factsChanged: boolean;
  glossaryChanged: boolean;
}

/** Compares two loads file by file: same id with other bytes is "changed". */
export function diffKnowledge(before: KnowledgeBase, after: KnowledgeBase): KnowledgeChanges {
  const hashes = (kb: KnowledgeBase) =>
    new Map(kb.files.flatMap((file) => (file.docId ? [[file.docId, file.sha256] as const] : [])));
  const old = hashes(before);
  const now = hashes(after);
  const hashOf = (kb: KnowledgeBase, name: string) =>
    kb.files.find((file) => file.file === name)?.sha256;
  return {
    added: [...now.keys()].filter((id) => !old.has(id)).sort(),
    removed: [...old.keys()].filter((id) => !now.has(id)).sort(),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)).sort(),
    factsChanged: hashOf(before, factsFileName) !== hashOf(after, factsFileName),
    glossaryChanged: hashOf(before, glossaryFileName) !== hashOf(after, glossaryFileName),
  };
}
