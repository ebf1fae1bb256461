import type { FactsFile } from './facts-schema.ts';
import type { GlossaryEntry } from './glossary/glossary-schema.ts';
import type { KnowledgeDocument, Passage } from './knowledge-document.ts';

/** One file of the knowledge directory and the hash of its bytes, to tell what a refresh changed. */
export interface KnowledgeFile {
  file: string;
  sha256: string;
  /** The document id, for a document file that loaded. */
  docId?: string;
}

/** Everything the bot knows, validated: documents, their passages and verified facts. */
export interface KnowledgeBase {
  directory: string;
  /** Sorted by id. */
  documents: KnowledgeDocument[];
  documentsById: ReadonlyMap<string, KnowledgeDocument>;
  passages: Passage[];
  passagesById: ReadonlyMap<string, Passage>;
  facts: FactsFile;
  /** The sector glossary's valid entries (`glossary.yaml`); empty when there is none. */
  glossary: GlossaryEntry[];
  files: KnowledgeFile[];
  /** sha256 over every file name and its bytes: equal hashes mean the same knowledge. */
  contentHash: string;
}
