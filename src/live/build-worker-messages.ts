import type { Council } from '../knowledge/councils/council-directory.ts';
import type { FactsFile } from '../knowledge/facts-schema.ts';
import type { GlossaryEntry } from '../knowledge/glossary/glossary-schema.ts';
import type { KnowledgeFile } from '../knowledge/knowledge-base.ts';
import type { KnowledgeDocument, Passage } from '../knowledge/knowledge-document.ts';
import type { KnowledgeProblem } from '../knowledge/knowledge-problem.ts';

/** What the build worker is started with. */
export interface BuildWorkerInput {
  directory: string;
  /** Stop after loading when any file or fact is invalid (a refresh swaps in only a valid set). */
  strict: boolean;
}

/**
 * The worker's answers, one per pull from the main thread. Pulling keeps every message small and
 * lets the main thread take the next only when it has yielded, so receiving never blocks it long.
 */
export type BuildWorkerMessage =
  | { type: 'invalid'; problems: KnowledgeProblem[]; loadMs: number }
  | {
      type: 'base';
      directory: string;
      files: KnowledgeFile[];
      facts: FactsFile;
      glossary: GlossaryEntry[];
      contentHash: string;
      problems: KnowledgeProblem[];
      warnings: string[];
      /** Document ids in the order their passages were loaded (file order). */
      passageOrder: string[];
      loadMs: number;
    }
  | {
      type: 'document';
      document: KnowledgeDocument;
      /**
       * Its passages without their text, which is the body's slice from `start` to `end`: sliced
       * again from the body it arrived with, a passage shares that body's characters instead of
       * holding a copy (the national set's passages are 25 million characters).
       */
      passages: Omit<Passage, 'text'>[];
    }
  | {
      type: 'council';
      council: Council;
      documentIds: string[];
      facts: FactsFile;
      /**
       * The council's snapshot line as UTF-8, transferred rather than copied: it goes to the
       * snapshot file as it is, so it never becomes a string in the main thread's heap.
       */
      line: Uint8Array;
    }
  | { type: 'done'; buildMs: number }
  | { type: 'failed'; message: string };
