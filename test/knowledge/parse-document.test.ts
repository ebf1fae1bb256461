import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeProblem } from '../../src/knowledge/knowledge-problem.ts';
import { parseDocument } from '../../src/knowledge/parse-document.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';

/** Parses one file of a fixture directory, as the loader would. */
function parseFixture(directory: string, file: string) {
  return parseDocument(file, readFileSync(fixturePath('knowledge', directory, file), 'utf8'));
}

/** The problems of a document that must fail to parse. */
function problemsOf(directory: string, file: string): KnowledgeProblem[] {
  const parsed = parseFixture(directory, file);
  if (parsed.ok) throw new Error(`${file} parsed, but it should not have`);
  return parsed.problems;
}

describe('parseDocument', () => {
  it('parses a valid document into front matter and body', () => {
    const parsed = parseFixture('valid', 'ofsted-2017.md');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.document.file).toBe('ofsted-2017.md');
    expect(parsed.document.meta).toMatchObject({
      id: 'ofsted-2017',
      publisher: 'Ofsted',
      published: '2017-09-04',
      date_precision: 'day',
      url: 'https://example.org/ofsted-2017',
      kind: 'inspection-report',
      inspected: { from: '2017-06-05', to: '2017-06-29' },
      numbered_paragraphs: true,
    });
    expect(parsed.document.body.startsWith('# Summary\n\nInspectors were on site')).toBe(true);
  });

  it('defaults numbered_paragraphs to false and keeps a null url', () => {
    const parsed = parseFixture('valid', 'party-2017-09-04.md');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.document.meta.numbered_paragraphs).toBe(false);
    expect(parsed.document.meta.url).toBeNull();
  });

  it('reports a missing field by file and name, as required', () => {
    expect(problemsOf('broken', 'no-publisher.md')).toEqual([
      { file: 'no-publisher.md', field: 'publisher', reason: 'is required' },
    ]);
  });

  it('reports an unknown kind with the value it got', () => {
    const [problem, ...rest] = problemsOf('broken', 'unknown-kind.md');
    expect(rest).toEqual([]);
    expect(problem?.file).toBe('unknown-kind.md');
    expect(problem?.field).toBe('kind');
    expect(problem?.reason).toContain('"blog-post"');
    expect(problem?.reason).toContain('inspection-report');
  });

  it.each([
    ['bad-date-month.md', '2017-13-45'],
    ['bad-date-words.md', '4 Sept 2017'],
  ])('reports an invalid date in %s', (file, value) => {
    const problems = problemsOf('broken', file);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('published');
    expect(problems[0]?.reason).toContain(`(got "${value}")`);
  });

  it('accepts a real date on the pass side of the date rule', () => {
    const raw = readFileSync(fixturePath('knowledge', 'broken', 'bad-date-month.md'), 'utf8');
    const parsed = parseDocument('fixed.md', raw.replace('2017-13-45', '2017-12-31'));
    expect(parsed.ok).toBe(true);
  });

  it('reports an empty body', () => {
    expect(problemsOf('broken', 'empty-body.md')).toEqual([
      { file: 'empty-body.md', field: 'body', reason: 'is empty' },
    ]);
  });

  it('reports an empty body together with front matter problems', () => {
    const parsed = parseDocument('both.md', '---\nid: Not An Id\n---\n\n');
    if (parsed.ok) throw new Error('parsed');
    const fields = parsed.problems.map((problem) => problem.field);
    expect(fields).toContain('id');
    expect(fields).toContain('publisher');
    expect(fields).toContain('body');
  });

  it('reports a file without front matter', () => {
    expect(problemsOf('broken', 'no-front-matter.md')).toEqual([
      {
        file: 'no-front-matter.md',
        field: 'front matter',
        reason: 'missing: the file must start with a --- block',
      },
    ]);
  });

  it('reports front matter that is not valid YAML', () => {
    const problems = problemsOf('broken', 'invalid-yaml.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('front matter');
    expect(problems[0]?.reason).toMatch(/^not valid YAML \(/);
  });

  it('reports front matter that is YAML but not a mapping', () => {
    const parsed = parseDocument('list.md', '---\n- just\n- a list\n---\nBody.\n');
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { file: 'list.md', field: 'front matter', reason: 'must be a YAML mapping of fields' },
      ],
    });
  });

  it('rejects an unknown extra field (the schema is strict)', () => {
    expect(problemsOf('broken', 'extra-field.md')).toEqual([
      { file: 'extra-field.md', field: 'front matter', reason: 'unknown field(s): summary' },
    ]);
  });

  it('parses CRLF line endings and normalises the body to \\n', () => {
    const raw = readFileSync(fixturePath('knowledge', 'broken', 'crlf.md'), 'utf8');
    expect(raw).toContain('\r\n');
    const parsed = parseDocument('crlf.md', raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.document.meta.id).toBe('crlf-doc');
    expect(parsed.document.body).toBe('# Response\n\nWe have appointed a new director.\n');
  });

  it('parses a file that starts with a UTF-8 byte order mark', () => {
    const raw = readFileSync(fixturePath('knowledge', 'broken', 'bom.md'), 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseDocument('bom.md', raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.document.meta.id).toBe('bom-doc');
    expect(parsed.document.body).toBe('This file starts with a byte order mark.\n');
  });

  it('rejects an id with capitals or spaces', () => {
    const raw = readFileSync(fixturePath('knowledge', 'broken', 'ok-statement.md'), 'utf8');
    const parsed = parseDocument('x.md', raw.replace('id: ok-statement', 'id: OK Statement'));
    if (parsed.ok) throw new Error('parsed');
    expect(parsed.problems.map((problem) => problem.field)).toEqual(['id']);
  });
});
