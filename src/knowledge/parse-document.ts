import { parse as parseYaml } from 'yaml';
import { type DocumentFrontMatter, documentFrontMatterSchema } from './document-schema.ts';
import type { KnowledgeDocument } from './knowledge-document.ts';
import type { KnowledgeProblem } from './knowledge-problem.ts';

export type ParsedDocument =
  | { ok: true; document: KnowledgeDocument }
  | { ok: false; problems: KnowledgeProblem[] };

const frontMatterPattern = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/** Parses one knowledge file: YAML front matter validated by the schema, then a non-empty body. */
export function parseDocument(file: string, raw: string): ParsedDocument {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problem = (field: string, reason: string): ParsedDocument => ({
    ok: false,
    problems: [{ file, field, reason }],
  });

  const match = frontMatterPattern.exec(text);
  if (!match) return problem('front matter', 'missing: the file must start with a --- block');

  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    return problem('front matter', `not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return problem('front matter', 'must be a YAML mapping of fields');
  }

  const parsed = documentFrontMatterSchema.safeParse(data);
  const body = text.slice(match[0].length);
  const problems: KnowledgeProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        file,
        field: issue.path.join('.') || 'front matter',
        reason: describeIssue(issue, data as Record<string, unknown>),
      }));
  if (body.trim() === '') problems.push({ file, field: 'body', reason: 'is empty' });
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  return { ok: true, document: { file, meta: parsed.data as DocumentFrontMatter, body } };
}

function describeIssue(
  issue: { code: string; message: string; path: PropertyKey[]; keys?: string[] },
  data: Record<string, unknown>,
): string {
  const key = issue.path[0];
  if (issue.code === 'invalid_type' && typeof key === 'string' && !(key in data))
    return 'is required';
  if (issue.code === 'unrecognized_keys')
    return `unknown field(s): ${(issue.keys ?? []).join(', ')}`;
  const value = typeof key === 'string' ? data[key] : undefined;
  const shown = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
  return `${issue.message}${shown}`;
}
