import type { DocumentFrontMatter } from './document-schema.ts';

/** A validated source document: its front matter and its Markdown body. */
export interface KnowledgeDocument {
  /** File name inside the knowledge directory. */
  file: string;
  meta: DocumentFrontMatter;
  /** The body after the front matter, line endings normalised to `\n`. */
  body: string;
}

/** A quotable block of a document, with offsets into the document body. */
export interface Passage {
  /** Stable id: `docId#label`. */
  id: string;
  docId: string;
  /** `7`, `7.2`, `110`, `u3`: see knowledge/README.md. */
  label: string;
  /** The paragraph number printed in the source, when it has one. */
  paragraph: number | undefined;
  headingPath: string[];
  /** Exactly `body.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}
