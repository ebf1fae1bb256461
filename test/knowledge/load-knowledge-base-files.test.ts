import { symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { maxKnowledgeFileBytes } from '../../src/knowledge/read-knowledge-file.ts';
import { copyKnowledge, type TempKnowledge } from '../kb/temp-knowledge.ts';

// Files that are broken or hostile at the byte level (issue 11): generated at test time in a
// temp copy of the small valid set, so nothing huge is committed.

const frontMatter = (id: string) =>
  [
    '---',
    `id: ${id}`,
    'title: Generated',
    'publisher: Example News',
    'published: 2020-01-01',
    'date_precision: day',
    'url: null',
    'kind: news-article',
    'council:',
    '  id: exampleshire',
    '  name: Exampleshire',
    '---',
    '',
  ].join('\n');

const validIds = ['ofsted-2012', 'ofsted-2017', 'party-2017-09-04'];

let temp: TempKnowledge;
beforeEach(async () => {
  temp = await copyKnowledge();
});
afterEach(() => temp.remove());

describe('loadKnowledgeBase on a document of many paragraphs', () => {
  it('loads 126,000 short paragraphs without overflowing the stack', async () => {
    const paragraphs = Array.from({ length: 126_000 }, (_, i) => `Line ${i}.`);
    await writeFile(
      path.join(temp.directory, 'many.md'),
      `${frontMatter('many')}${paragraphs.join('\n\n')}\n`,
    );
    const { knowledgeBase, problems } = await loadKnowledgeBase(temp.directory);
    expect(problems).toEqual([]);
    expect(knowledgeBase.passages.filter((passage) => passage.docId === 'many')).toHaveLength(
      126_000,
    );
  });
});

describe('loadKnowledgeBase on a document over the size limit', () => {
  it('reports the file by name with the limit, skips it and loads the rest', async () => {
    const file = path.join(temp.directory, 'huge.md');
    await writeFile(file, frontMatter('huge'));
    // A sparse file: over the limit without writing megabytes.
    await truncate(file, maxKnowledgeFileBytes + 1);
    const { knowledgeBase, problems } = await loadKnowledgeBase(temp.directory);
    expect(problems).toEqual([
      {
        file: 'huge.md',
        field: 'file',
        reason: expect.stringMatching(
          /^too large: 2,097,153 bytes, the limit is 2,097,152 bytes per file/,
        ),
      },
    ]);
    expect(knowledgeBase.documents.map((document) => document.meta.id)).toEqual(validIds);
  });

  it('loads a document exactly at the limit', async () => {
    const head = `${frontMatter('at-limit')}Words.\n`;
    // Blank lines as padding keep the index small, so the test stays fast.
    const text = head + '\n'.repeat(maxKnowledgeFileBytes - head.length);
    await writeFile(path.join(temp.directory, 'at-limit.md'), text);
    const { knowledgeBase, problems } = await loadKnowledgeBase(temp.directory);
    expect(problems).toEqual([]);
    expect(knowledgeBase.documentsById.has('at-limit')).toBe(true);
  });
});

describe('loadKnowledgeBase on text that is not UTF-8', () => {
  it('reports the document and the byte offset of the first bad byte, and skips it', async () => {
    const head = Buffer.from(`${frontMatter('latin1')}Caf`);
    const bytes = Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(' closed.\n')]);
    await writeFile(path.join(temp.directory, 'latin1.md'), bytes);
    const { knowledgeBase, problems } = await loadKnowledgeBase(temp.directory);
    expect(problems).toEqual([
      {
        file: 'latin1.md',
        field: 'file',
        reason: `not UTF-8 text: invalid byte 0xE9 at byte offset ${head.length}; save the file as UTF-8`,
      },
    ]);
    expect(knowledgeBase.documents.map((document) => document.meta.id)).toEqual(validIds);
    expect(knowledgeBase.passages.some((passage) => passage.text.includes('\uFFFD'))).toBe(false);
  });

  it('reports facts.yaml that is not UTF-8 and loads no facts', async () => {
    await writeFile(path.join(temp.directory, 'facts.yaml'), Buffer.from([0x6b, 0x3a, 0x20, 0xff]));
    const { knowledgeBase, problems } = await loadKnowledgeBase(temp.directory);
    expect(problems).toEqual([
      {
        file: 'facts.yaml',
        field: 'file',
        reason: 'not UTF-8 text: invalid byte 0xFF at byte offset 3; save the file as UTF-8',
      },
    ]);
    expect(knowledgeBase.facts.people).toEqual([]);
  });

  it('still accepts a UTF-8 byte order mark and multi-byte characters', async () => {
    const text = `\uFEFF${frontMatter('utf8')}Croydon’s “children” — ✓.\n`;
    await writeFile(path.join(temp.directory, 'utf8.md'), text);
    const { knowledgeBase, problems } = await loadKnowledgeBase(temp.directory);
    expect(problems).toEqual([]);
    expect(knowledgeBase.passagesById.get('utf8#1')?.text).toBe('Croydon’s “children” — ✓.');
  });
});

describe('loadKnowledgeBase on symbolic links', () => {
  it('reports a link to a document inside the folder and does not load it twice', async () => {
    await symlink('ofsted-2017.md', path.join(temp.directory, 'alias.md'));
    const { knowledgeBase, problems } = await loadKnowledgeBase(temp.directory);
    expect(problems).toEqual([
      {
        file: 'alias.md',
        field: 'file',
        reason: expect.stringMatching(/^is a symbolic link; .*not followed/),
      },
    ]);
    expect(knowledgeBase.documents.map((document) => document.meta.id)).toEqual(validIds);
  });

  it('reports a link that leads outside the folder and never reads its target', async () => {
    const outside = path.join(temp.root, 'outside.md');
    await writeFile(outside, `${frontMatter('outside')}Secret text outside the folder.\n`);
    await symlink(outside, path.join(temp.directory, 'outside.md'));
    const { knowledgeBase, problems } = await loadKnowledgeBase(temp.directory);
    expect(problems.map((problem) => problem.file)).toEqual(['outside.md']);
    expect(knowledgeBase.documentsById.has('outside')).toBe(false);
    expect(knowledgeBase.files.map((file) => file.file)).not.toContain('outside.md');
  });

  it('reports a dangling link instead of throwing', async () => {
    await symlink(path.join(temp.root, 'missing.md'), path.join(temp.directory, 'gone.md'));
    const { problems } = await loadKnowledgeBase(temp.directory);
    expect(problems.map((problem) => problem.file)).toEqual(['gone.md']);
  });
});
