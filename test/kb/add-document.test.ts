import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { addDocument } from '../../src/kb/add-document.ts';
import type { DocumentDetails } from '../../src/kb/document-details.ts';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { createLogger } from '../../src/logger.ts';
import { copyKnowledge, listTree, type TempKnowledge } from './temp-knowledge.ts';

const logger = createLogger({ level: 'silent' });
const now = () => new Date('2026-01-02T03:04:05.678Z');
const details: DocumentDetails = {
  title: 'Fostering review 2019',
  publisher: 'Example Council',
  published: '2019-05-01',
  kind: 'council-statement',
  url: null,
  datePrecision: 'day',
  council: undefined,
};
const text = (body: string) => ({ format: 'markdown' as const, text: body });

describe('addDocument', () => {
  let knowledge: TempKnowledge;
  let store: KnowledgeStore;
  beforeEach(async () => {
    knowledge = await copyKnowledge();
    store = await KnowledgeStore.open({ directory: knowledge.directory, logger });
  });
  afterEach(() => knowledge.remove());
  const add = (request: Partial<Parameters<typeof addDocument>[0]>) =>
    addDocument(
      {
        filename: 'review.md',
        content: text('# Review\n\nFoster carers wait months.\n'),
        details,
        replace: false,
        ...request,
      },
      { store, by: 'ada', now },
    );

  it('writes front matter from the details and the body, then serves it', async () => {
    const result = await add({
      content: text('\uFEFF# Review\r\n\r\nFoster carers wait months.\r\n'),
    });
    expect(result).toMatchObject({ id: 'fostering-review-2019', file: 'fostering-review-2019.md' });
    expect(result.outcome).toMatchObject({
      status: 'refreshed',
      changes: { added: ['fostering-review-2019'] },
    });
    const written = await readFile(path.join(knowledge.directory, result.file), 'utf8');
    const [, frontMatter = '', body] = written.split(/^---\n/m);
    expect(parseYaml(frontMatter)).toEqual({
      id: 'fostering-review-2019',
      title: 'Fostering review 2019',
      publisher: 'Example Council',
      published: '2019-05-01',
      date_precision: 'day',
      url: null,
      kind: 'council-statement',
    });
    expect(body).toBe('\n# Review\n\nFoster carers wait months.\n');
    expect(store.current().api.findings('foster carers').answered).toBe(true);
  });

  it('refuses an id that is already loaded unless replace is set', async () => {
    const tree = await listTree(knowledge.directory);
    await expect(add({ details: { ...details, title: 'Party 2017 09 04' } })).rejects.toThrow(
      /A document with id "party-2017-09-04" already exists \(party-2017-09-04\.md: "Ofsted failure"\)\. Set replace:true/,
    );
    expect(await listTree(knowledge.directory)).toEqual(tree);

    const replaced = await add({
      details: { ...details, title: 'Party 2017 09 04' },
      replace: true,
    });
    expect(replaced.outcome).toMatchObject({ changes: { changed: ['party-2017-09-04'] } });
    expect(await listTree(knowledge.directory)).toMatchObject({
      'party-2017-09-04.md': expect.not.stringMatching(tree['party-2017-09-04.md'] ?? ''),
      '.removed/2026-01-02T03-04-05-678Z-party-2017-09-04.md': tree['party-2017-09-04.md'],
    });
  });

  it('rolls back a replacement that breaks a curated fact, leaving the folder as it was', async () => {
    const tree = await listTree(knowledge.directory);
    // facts.yaml quotes ofsted-2012; a new body without those words makes the facts invalid.
    const result = await add({
      details: { ...details, title: 'Ofsted 2012', kind: 'inspection-report' },
      content: text('# Summary\n\nA different text entirely.\n'),
      replace: true,
    });
    expect(result.outcome.status).toBe('invalid');
    expect(result.outcome.status === 'invalid' && result.outcome.problems).toContainEqual(
      expect.objectContaining({ file: 'facts.yaml' }),
    );
    expect(await listTree(knowledge.directory)).toEqual(tree);
    expect(store.current().library.knowledgeBase.documentsById.get('ofsted-2012')?.meta.title).toBe(
      'Inspection of safeguarding and looked after children services',
    );
  });

  it('rolls back a document whose id another file on disk already uses', async () => {
    // Dropped in by hand after the last refresh, so the store does not know it yet.
    await writeFile(
      path.join(knowledge.directory, 'aaa-by-hand.md'),
      '---\nid: fostering-review-2019\ntitle: By hand\npublisher: Someone\npublished: 2019-01-01\ndate_precision: day\nurl: null\nkind: news-article\n---\nText.\n',
    );
    const tree = await listTree(knowledge.directory);
    const result = await add({});
    expect(result.outcome).toMatchObject({
      status: 'invalid',
      problems: [
        {
          file: 'fostering-review-2019.md',
          field: 'id',
          reason: 'duplicate id "fostering-review-2019" (already used by aaa-by-hand.md)',
        },
      ],
    });
    expect(await listTree(knowledge.directory)).toEqual(tree);
  });

  it('refuses bad details or an empty body before touching the folder', async () => {
    const tree = await listTree(knowledge.directory);
    const badDate = await add({ details: { ...details, published: '2019-02-30' } });
    expect(badDate.outcome).toMatchObject({
      status: 'invalid',
      problems: [{ file: 'fostering-review-2019.md', field: 'published' }],
    });
    const empty = await add({ content: text('\n\n  \n') });
    expect(empty.outcome).toMatchObject({
      status: 'invalid',
      problems: [{ field: 'body', reason: 'is empty' }],
    });
    await expect(add({ content: text('---\nid: x\n---\nBody\n') })).rejects.toThrow(
      /already starts with front matter/,
    );
    expect(await listTree(knowledge.directory)).toEqual(tree);
  });

  it('leaves the folder as it was when another refresh is running', async () => {
    const tree = await listTree(knowledge.directory);
    const busyStore = {
      directory: store.directory,
      current: () => store.current(),
      refresh: () => Promise.resolve({ status: 'busy' as const, since: now(), by: 'grace' }),
    };
    const result = await addDocument(
      { filename: 'a.md', content: text('Body.\n'), details, replace: false },
      { store: busyStore, by: 'ada', now },
    );
    expect(result.outcome).toMatchObject({ status: 'busy', by: 'grace' });
    expect(await listTree(knowledge.directory)).toEqual(tree);
  });
});
