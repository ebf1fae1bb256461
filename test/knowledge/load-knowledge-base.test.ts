import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/knowledge/knowledge-problem.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';

const validDir = fixturePath('knowledge', 'valid');
const brokenDir = fixturePath('knowledge', 'broken');

describe('loadKnowledgeBase on a valid directory', () => {
  it('loads every document, sorted by id, with no problems', async () => {
    const { knowledgeBase, problems } = await loadKnowledgeBase(validDir);
    expect(problems).toEqual([]);
    expect(knowledgeBase.documents.map((document) => document.meta.id)).toEqual([
      'ofsted-2012',
      'ofsted-2017',
      'party-2017-09-04',
    ]);
    expect(knowledgeBase.documentsById.get('ofsted-2017')?.file).toBe('ofsted-2017.md');
  });

  it('indexes every passage by id', async () => {
    const { knowledgeBase } = await loadKnowledgeBase(validDir);
    expect(knowledgeBase.passages).toHaveLength(8);
    expect(knowledgeBase.passagesById.get('ofsted-2017#110')?.text).toBe(
      'Supervision of social workers is infrequent and lacks reflection. Managers do not challenge drift.',
    );
  });

  it('skips README.md and the originals/ and .removed/ subdirectories', async () => {
    const { knowledgeBase } = await loadKnowledgeBase(validDir);
    expect(knowledgeBase.files.map((file) => file.file)).toEqual([
      'facts.yaml',
      'glossary.yaml',
      'ofsted-2012.md',
      'ofsted-2017.md',
      'party-2017-09-04.md',
    ]);
    expect(knowledgeBase.documentsById.has('old-statement')).toBe(false);
  });

  it('records each file with its sha256 and, for documents, its id', async () => {
    const { knowledgeBase } = await loadKnowledgeBase(validDir);
    const facts = knowledgeBase.files.find((file) => file.file === 'facts.yaml');
    expect(facts?.docId).toBeUndefined();
    expect(facts?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(knowledgeBase.files.find((file) => file.file === 'ofsted-2012.md')?.docId).toBe(
      'ofsted-2012',
    );
  });

  it('loads and verifies facts.yaml', async () => {
    const { knowledgeBase } = await loadKnowledgeBase(validDir);
    expect(knowledgeBase.facts.inspections.map((inspection) => inspection.id)).toEqual([
      'inspection-2012',
      'inspection-2017',
    ]);
    expect(knowledgeBase.facts.people.map((person) => person.name)).toEqual(['Jane Pollard']);
  });
});

describe('loadKnowledgeBase on a directory of broken documents', () => {
  it('still loads the valid documents beside the broken ones', async () => {
    const { knowledgeBase } = await loadKnowledgeBase(brokenDir);
    expect(knowledgeBase.documents.map((document) => document.meta.id)).toEqual([
      'bom-doc',
      'crlf-doc',
      'dup-doc',
      'ok-statement',
    ]);
  });

  it('reports exactly one problem per broken file, and none for README.md', async () => {
    const { problems } = await loadKnowledgeBase(brokenDir);
    expect(problems.map((problem) => `${problem.file}: ${problem.field}`)).toEqual([
      'bad-date-month.md: published',
      'bad-date-words.md: published',
      'dup-b.md: id',
      'empty-body.md: body',
      'extra-field.md: front matter',
      'invalid-yaml.md: front matter',
      'no-front-matter.md: front matter',
      'no-publisher.md: publisher',
      'notes.txt: file',
      'repeated-paragraph.md: body',
      'unknown-kind.md: kind',
      'facts.yaml: people[0].roles[0].source',
    ]);
  });

  it('reports a duplicate id on the later file, naming the earlier one', async () => {
    const { knowledgeBase, problems } = await loadKnowledgeBase(brokenDir);
    expect(problems.find((problem) => problem.file === 'dup-b.md')?.reason).toBe(
      'duplicate id "dup-doc" (already used by dup-a.md)',
    );
    expect(knowledgeBase.documentsById.get('dup-doc')?.file).toBe('dup-a.md');
  });

  it('reports a passage id that occurs twice in one document', async () => {
    const { problems } = await loadKnowledgeBase(brokenDir);
    expect(problems.find((problem) => problem.file === 'repeated-paragraph.md')?.reason).toBe(
      'passage id "repeated-paragraph#3" occurs twice',
    );
  });

  it('reports a file that is not Markdown', async () => {
    const { problems } = await loadKnowledgeBase(brokenDir);
    const problem = problems.find((candidate) => candidate.file === 'notes.txt');
    expect(problem?.reason).toMatch(/^not a knowledge document \(\.md\)/);
  });

  it('describes a problem on one line naming module, file and field', async () => {
    const { problems } = await loadKnowledgeBase(brokenDir);
    const problem = problems.find((candidate) => candidate.file === 'no-publisher.md');
    if (!problem) throw new Error('no problem for no-publisher.md');
    expect(describeProblem(problem)).toBe('knowledge: no-publisher.md: publisher: is required');
  });

  it('drops a fact citing an unknown document and keeps the others', async () => {
    const { knowledgeBase, problems } = await loadKnowledgeBase(brokenDir);
    expect(problems.find((problem) => problem.file === 'facts.yaml')?.reason).toBe(
      'cites document "no-such-doc", which is not loaded',
    );
    expect(knowledgeBase.facts.people.map((person) => person.name)).toEqual(['Bob Example']);
  });
});

describe('loadKnowledgeBase on a bad facts.yaml', () => {
  it('reports facts.yaml that is not YAML and loads no facts', async () => {
    const { knowledgeBase, problems } = await loadKnowledgeBase(
      fixturePath('knowledge', 'facts-invalid-yaml'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'facts.yaml', field: 'file' });
    expect(problems[0]?.reason).toMatch(/^not valid YAML \(/);
    expect(knowledgeBase.facts.people).toEqual([]);
  });

  it('reports a schema failure in facts.yaml by its field path', async () => {
    const { knowledgeBase, problems } = await loadKnowledgeBase(
      fixturePath('knowledge', 'facts-invalid-schema'),
    );
    expect(problems).toEqual([
      {
        file: 'facts.yaml',
        field: 'people[0].roles',
        reason: 'a person needs at least one sourced role',
      },
    ]);
    expect(knowledgeBase.facts.people).toEqual([]);
  });
});

describe('loadKnowledgeBase and glossary.yaml', () => {
  it('loads the glossary with the documents', async () => {
    const { knowledgeBase } = await loadKnowledgeBase(validDir);
    expect(knowledgeBase.glossary.map((entry) => entry.terms[0])).toContain(
      'child sexual exploitation',
    );
  });

  it('reports a bad glossary entry by file and entry, and loads the rest', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'glossary-'));
    try {
      await cp(validDir, temp, { recursive: true });
      await cp(
        fixturePath('knowledge', 'glossary-invalid', 'glossary.yaml'),
        join(temp, 'glossary.yaml'),
      );
      const { knowledgeBase, problems } = await loadKnowledgeBase(temp);
      expect(problems.map(describeProblem)).toContain(
        'knowledge: glossary.yaml: entries[1] ("PLO").terms: an entry needs at least two terms that mean the same',
      );
      expect(problems.every((problem) => problem.file === 'glossary.yaml')).toBe(true);
      expect(knowledgeBase.glossary.map((entry) => entry.terms[1])).toEqual(['MASH']);
      expect(knowledgeBase.documents).toHaveLength(3);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });

  it('has an empty glossary when the folder has none', async () => {
    const { knowledgeBase } = await loadKnowledgeBase(fixturePath('knowledge', 'quoting'));
    expect(knowledgeBase.glossary).toEqual([]);
  });
});

describe('loadKnowledgeBase on a missing directory', () => {
  it('returns a problem instead of throwing', async () => {
    const missing = fixturePath('knowledge', 'does-not-exist');
    const { knowledgeBase, problems } = await loadKnowledgeBase(missing);
    expect(problems).toEqual([{ file: missing, field: 'directory', reason: 'does not exist' }]);
    expect(knowledgeBase.documents).toEqual([]);
    expect(knowledgeBase.passages).toEqual([]);
  });
});

describe('contentHash', () => {
  let copy: string | undefined;
  afterEach(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
    copy = undefined;
  });

  async function copyOfValid(): Promise<string> {
    copy = await mkdtemp(join(tmpdir(), 'findings-bot-kb-'));
    await cp(validDir, copy, { recursive: true });
    return copy;
  }

  it('is the same for the same files, wherever they are', async () => {
    const directory = await copyOfValid();
    const first = await loadKnowledgeBase(validDir);
    const second = await loadKnowledgeBase(directory);
    expect(second.knowledgeBase.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.knowledgeBase.contentHash).toBe(first.knowledgeBase.contentHash);
  });

  it('changes when one byte of one file changes, and returns when it is put back', async () => {
    const directory = await copyOfValid();
    const file = join(directory, 'party-2017-09-04.md');
    const original = await readFile(file, 'utf8');
    const before = (await loadKnowledgeBase(directory)).knowledgeBase.contentHash;

    await writeFile(file, original.replace('blame', 'blamr'));
    const changed = (await loadKnowledgeBase(directory)).knowledgeBase.contentHash;
    await writeFile(file, original);
    const restored = (await loadKnowledgeBase(directory)).knowledgeBase.contentHash;

    expect(changed).not.toBe(before);
    expect(restored).toBe(before);
  });

  it('does not change when an ignored file changes', async () => {
    const directory = await copyOfValid();
    const before = (await loadKnowledgeBase(directory)).knowledgeBase.contentHash;
    await writeFile(join(directory, 'README.md'), 'Edited readme.\n');
    await writeFile(join(directory, 'originals', 'new.md'), 'A new original.\n');
    expect((await loadKnowledgeBase(directory)).knowledgeBase.contentHash).toBe(before);
  });
});
