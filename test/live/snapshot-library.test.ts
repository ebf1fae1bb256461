import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { readIndexSnapshot } from '../../src/live/index-snapshot-file.ts';
import type { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { openSnapshotLibrary } from '../../src/live/library-build.ts';
import { copyKnowledge, type TempKnowledge } from '../kb/temp-knowledge.ts';
import { snapshotStore } from './snapshot-store.ts';

/** The small valid set, with a second council: a copy of its 2017 report about Otherborough. */
async function twoCouncils(knowledge: TempKnowledge): Promise<void> {
  const report = await readFile(path.join(knowledge.directory, 'ofsted-2017.md'), 'utf8');
  await writeFile(
    path.join(knowledge.directory, 'otherborough-2017.md'),
    report
      .replace(/^id: .*$/m, 'id: otherborough-2017')
      .replace(/^ {2}id: exampleshire$/m, '  id: otherborough')
      .replace(/^ {2}name: Exampleshire$/m, '  name: Otherborough'),
  );
}

describe('a library served from a snapshot', () => {
  let knowledge: TempKnowledge;
  let snapshotDirectory: string;

  beforeEach(async () => {
    knowledge = await copyKnowledge();
    await twoCouncils(knowledge);
    snapshotDirectory = path.join(knowledge.root, 'data');
  });
  afterEach(() => knowledge.remove());

  const { open, snapshotFile } = snapshotStore(
    () => knowledge.directory,
    () => snapshotDirectory,
  );

  it('reads a council from the file only when it is first asked for', async () => {
    await open();
    const { knowledgeBase } = await loadKnowledgeBase(knowledge.directory);
    const read = await readIndexSnapshot(await snapshotFile(), knowledgeBase.contentHash);
    if (read.status !== 'ok') throw new Error(`snapshot ${read.status}`);
    expect(read.councils.map((entry) => entry.councilId).sort()).toEqual([
      'exampleshire',
      'otherborough',
    ]);
    const faults: string[] = [];
    const library = openSnapshotLibrary(knowledgeBase, read.file, read.councils, {
      residentLimit: 1,
      onFault: (councilId) => faults.push(councilId),
    });
    const first = library.indexFor('exampleshire');
    expect(first?.passages.size).toBeGreaterThan(0);
    expect(library.indexFor('exampleshire')).toBe(first);
    // With room for one council, asking for the other lets the first go: it is read again.
    expect(
      library.indexFor('otherborough')?.knowledgeBase.documentsById.has('otherborough-2017'),
    ).toBe(true);
    expect(library.indexFor('exampleshire')).not.toBe(first);
    expect(library.indexFor('nowhere')).toBeUndefined();
    expect(faults).toEqual([]);
  });

  it('answers from the snapshot exactly as from a fresh build, for every council', async () => {
    const built = await open();
    const served = await open();
    expect(served.store.current().indexesFrom).toBe('snapshot');
    for (const council of ['Exampleshire', 'Otherborough']) {
      const answer = (store: KnowledgeStore) =>
        JSON.stringify(store.current().api.findings('supervision', { council }));
      expect(answer(served.store)).toBe(answer(built.store));
    }
  });

  it('never serves a council line changed after the snapshot was checked: it builds that council', async () => {
    const built = await open();
    const served = await open();
    expect(served.store.current().indexesFrom).toBe('snapshot');
    // The file is altered after start-up checked it, before any council was asked for.
    const file = await snapshotFile();
    const lines = (await readFile(file, 'utf8')).split('\n');
    // One digit of a term's count, so the line keeps its length and only its council breaks.
    const altered = (line: string) =>
      line.replace(/,(\d)\]/, (_match, digit: string) => `,${(Number(digit) + 1) % 10}]`);
    await writeFile(file, lines.map((line, i) => (i === 1 ? altered(line) : line)).join('\n'));
    for (const council of ['Exampleshire', 'Otherborough']) {
      const answer = (store: KnowledgeStore) =>
        JSON.stringify(store.current().api.findings('supervision', { council }));
      expect(answer(served.store)).toBe(answer(built.store));
    }
    const faults = served.log.entries().filter((entry) => entry.level === 40);
    expect(faults).toHaveLength(1);
    expect(faults[0]?.msg).toBe(
      'index snapshot: a council does not load from it, so it is built from the knowledge',
    );
    expect(faults[0]?.reason).toMatch(/checksum/);
  });
});
