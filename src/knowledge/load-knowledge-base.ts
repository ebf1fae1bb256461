import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { type FactsFile, factsFileSchema } from './facts-schema.ts';
import type { GlossaryEntry } from './glossary/glossary-schema.ts';
import { glossaryFileName, loadGlossary } from './glossary/load-glossary.ts';
import type { KnowledgeBase, KnowledgeFile } from './knowledge-base.ts';
import type { KnowledgeDocument, Passage } from './knowledge-document.ts';
import type { KnowledgeProblem } from './knowledge-problem.ts';
import { parseDocument } from './parse-document.ts';
import { readKnowledgeFile } from './read-knowledge-file.ts';
import { mergeReportInspections } from './report-facts/merge-report-inspections.ts';
import { splitPassages } from './split-passages.ts';
import { verifyFacts } from './verify-facts.ts';

/** The loaded knowledge and every problem met on the way; problem files are left out. */
export interface KnowledgeLoad {
  knowledgeBase: KnowledgeBase;
  problems: KnowledgeProblem[];
  /** What could not be read from a report's own text; the load still succeeds. */
  warnings?: string[];
}

/** The curated facts file, when a knowledge directory has one. */
export const factsFileName = 'facts.yaml';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Loads and validates a knowledge directory: every `*.md` document (except README.md),
 * `facts.yaml` and `glossary.yaml`. A bad file (or glossary entry) is reported with its name
 * and field, and the rest still load.
 */
export async function loadKnowledgeBase(directory: string): Promise<KnowledgeLoad> {
  const problems: KnowledgeProblem[] = [];
  let entries: Dirent[];
  try {
    // Subdirectories (originals/, .removed/) are not documents; links are read so they can be
    // reported instead of silently left out.
    entries = (await readdir(directory, { withFileTypes: true }))
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : String(error);
    problems.push({ file: directory, field: 'directory', reason });
    entries = [];
  }

  const files: KnowledgeFile[] = [];
  const documentsById = new Map<string, KnowledgeDocument>();
  const passages: Passage[] = [];
  let factsText: string | undefined;
  let glossary: GlossaryEntry[] = [];

  for (const entry of entries) {
    const { name } = entry;
    if (name.toLowerCase() === 'readme.md') continue;
    const read = await readKnowledgeFile(directory, entry);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const file: KnowledgeFile = { file: name, sha256: sha256(read.bytes) };
    files.push(file);
    if (name === factsFileName) {
      factsText = read.text;
      continue;
    }
    if (name === glossaryFileName) {
      const loaded = loadGlossary(read.text);
      problems.push(...loaded.problems);
      glossary = loaded.entries;
      continue;
    }
    if (!name.endsWith('.md')) {
      problems.push({
        file: name,
        field: 'file',
        reason: 'not a knowledge document (.md); import a PDF with `npm run kb:import` or /kb add',
      });
      continue;
    }
    const parsed = parseDocument(name, read.text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const { document } = parsed;
    const existing = documentsById.get(document.meta.id);
    if (existing) {
      problems.push({
        file: name,
        field: 'id',
        reason: `duplicate id "${document.meta.id}" (already used by ${existing.file})`,
      });
      continue;
    }
    const documentPassages = splitPassages(document);
    const duplicate = firstDuplicate(documentPassages.map((passage) => passage.id));
    if (duplicate) {
      problems.push({
        file: name,
        field: 'body',
        reason: `passage id "${duplicate}" occurs twice`,
      });
      continue;
    }
    documentsById.set(document.meta.id, document);
    // Not push(...documentPassages): spreading a document of ~100,000 paragraphs as arguments
    // overflows the stack.
    for (const passage of documentPassages) passages.push(passage);
    file.docId = document.meta.id;
  }

  const { facts, warnings } = mergeReportInspections(
    loadFacts(factsText, documentsById, problems),
    documentsById,
  );
  const documents = [...documentsById.values()].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const contentHash = sha256(files.map((file) => `${file.file}\0${file.sha256}`).join('\n'));

  return {
    knowledgeBase: {
      directory,
      documents,
      documentsById,
      passages,
      passagesById: new Map(passages.map((passage) => [passage.id, passage])),
      facts,
      glossary,
      files,
      contentHash,
    },
    problems,
    warnings,
  };
}

function loadFacts(
  text: string | undefined,
  documents: ReadonlyMap<string, KnowledgeDocument>,
  problems: KnowledgeProblem[],
): FactsFile {
  const none = factsFileSchema.parse({});
  if (text === undefined) return none;
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    problems.push({
      file: factsFileName,
      field: 'file',
      reason: `not valid YAML (${(error as Error).message.split('\n')[0]})`,
    });
    return none;
  }
  const parsed = factsFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file: factsFileName, field: formatPath(issue.path), reason: issue.message });
    }
    return none;
  }
  const verified = verifyFacts(factsFileName, parsed.data, documents);
  problems.push(...verified.problems);
  return verified.facts;
}

function formatPath(path: PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) =>
        typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
      '',
    ) || 'file'
  );
}

function firstDuplicate(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
