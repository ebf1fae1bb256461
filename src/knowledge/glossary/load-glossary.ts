import { parse as parseYaml } from 'yaml';
import type { KnowledgeProblem } from '../knowledge-problem.ts';
import { type GlossaryEntry, glossaryEntrySchema, glossaryFileSchema } from './glossary-schema.ts';

/** The sector glossary, when a knowledge directory has one. */
export const glossaryFileName = 'glossary.yaml';

/** The valid entries of a glossary, and a problem for each entry (or file) that is not. */
export interface GlossaryLoad {
  entries: GlossaryEntry[];
  problems: KnowledgeProblem[];
}

/**
 * Parses `glossary.yaml`. A bad entry is reported by its position and first term and left
 * out; the others still load, so one typo never takes the whole vocabulary away.
 */
export function loadGlossary(text: string): GlossaryLoad {
  const problem = (field: string, reason: string): KnowledgeProblem => ({
    file: glossaryFileName,
    field,
    reason,
  });
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const reason = `not valid YAML (${(error as Error).message.split('\n')[0]})`;
    return { entries: [], problems: [problem('file', reason)] };
  }
  const file = glossaryFileSchema.safeParse(data ?? { entries: [] });
  if (!file.success) {
    return {
      entries: [],
      problems: file.error.issues.map((issue) =>
        problem(issue.path.map(String).join('.') || 'file', issue.message),
      ),
    };
  }
  const entries: GlossaryEntry[] = [];
  const problems: KnowledgeProblem[] = [];
  file.data.entries.forEach((raw, i) => {
    const parsed = glossaryEntrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    const where = `entries[${i}]${describeEntry(raw)}`;
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((key) =>
        typeof key === 'number' ? `[${key}]` : `.${String(key)}`,
      );
      problems.push(problem(`${where}${path.join('')}`, issue.message));
    }
  });
  return { entries, problems };
}

/** ` ("LAC")`: the entry's first term, so a moderator finds it without counting entries. */
function describeEntry(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null || !('terms' in raw)) return '';
  const { terms } = raw;
  const first = Array.isArray(terms) ? terms[0] : undefined;
  return typeof first === 'string' && first.trim() !== '' ? ` ("${first.trim()}")` : '';
}
