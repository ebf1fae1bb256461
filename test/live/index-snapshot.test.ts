import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { memoryLog } from '../discord/bot-harness.ts';
import { copyKnowledge, type TempKnowledge } from '../kb/temp-knowledge.ts';
import { snapshotStore } from './snapshot-store.ts';

/**
 * The answer with its numbers to 12 significant digits: MiniSearch recomputes its average field
 * lengths when it loads, which can move a score's last bit.
 */
function rounded(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'number' ? Number(item.toPrecision(12)) : item,
    ),
  );
}

describe('starting from an index snapshot', () => {
  let knowledge: TempKnowledge;
  let snapshotDirectory: string;

  beforeEach(async () => {
    knowledge = await copyKnowledge();
    snapshotDirectory = path.join(knowledge.root, 'data', 'index-snapshots');
  });
  afterEach(() => knowledge.remove());

  const { open, snapshotFile } = snapshotStore(
    () => knowledge.directory,
    () => snapshotDirectory,
  );
  const rewrite = async (change: (lines: string[]) => string[]) => {
    const file = await snapshotFile();
    const lines = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, change(lines).join('\n'));
  };
  const warnings = (log: ReturnType<typeof memoryLog>) =>
    log
      .entries()
      .filter((entry) => entry.level === 40)
      .map((entry) => entry.msg);

  it('builds and writes a snapshot the first time, then revives it with the same answers', async () => {
    const first = await open();
    expect(first.store.current().indexesFrom).toBe('build');
    expect(first.log.entries().map((entry) => entry.msg)).toContain('index snapshot written');

    const second = await open();
    expect(second.store.current().indexesFrom).toBe('snapshot');
    expect(warnings(second.log)).toEqual([]);
    for (const topic of ['supervision', 'care leavers', 'supervison']) {
      expect(rounded(second.store.current().api.findings(topic))).toEqual(
        rounded(first.store.current().api.findings(topic)),
      );
    }
    expect(second.store.current().api.topicChoices('sup')).toEqual(
      first.store.current().api.topicChoices('sup'),
    );
  });

  it('rebuilds when the knowledge changed since the snapshot (stale), and snapshots the new set', async () => {
    await open();
    await writeFile(
      path.join(knowledge.directory, 'party-2017-09-04.md'),
      `${await readFile(path.join(knowledge.directory, 'party-2017-09-04.md'), 'utf8')}\nOne more line.\n`,
    );
    const stale = await open();
    expect(stale.store.current().indexesFrom).toBe('build');
    expect(warnings(stale.log)).toEqual(['index snapshot stale: rebuilding']);
    expect((await open()).store.current().indexesFrom).toBe('snapshot');
  });

  it('rebuilds a snapshot of another format version (stale)', async () => {
    await open();
    await rewrite(([header = '', ...rest]) => [
      header.replace(/"version":\d+/, '"version":0'),
      ...rest,
    ]);
    const reopened = await open();
    expect(reopened.store.current().indexesFrom).toBe('build');
    expect(warnings(reopened.log)).toEqual(['index snapshot stale: rebuilding']);
  });

  it('never trusts an altered snapshot (checksum), and rebuilds it', async () => {
    await open();
    // A plausible edit that still parses: a term's count changed inside a council line.
    await rewrite((lines) =>
      lines.map((line, i) => (i === 1 ? line.replace(/,(\d+)\]/, ',9$1]') : line)),
    );
    const reopened = await open();
    expect(reopened.store.current().indexesFrom).toBe('build');
    expect(warnings(reopened.log)).toEqual(['index snapshot corrupt: rebuilding']);
    expect(reopened.log.entries().find((entry) => entry.level === 40)?.reason).toMatch(/checksum/);
  });

  it('detects a truncated snapshot and rebuilds it', async () => {
    await open();
    await rewrite((lines) => lines.slice(0, 2));
    const reopened = await open();
    expect(reopened.store.current().indexesFrom).toBe('build');
    expect(reopened.log.entries().find((entry) => entry.level === 40)?.reason).toMatch(/truncated/);
  });

  it('detects a snapshot that is not one at all', async () => {
    await open();
    await writeFile(await snapshotFile(), 'not a snapshot\n');
    const reopened = await open();
    expect(reopened.store.current().indexesFrom).toBe('build');
    expect(warnings(reopened.log)).toEqual(['index snapshot corrupt: rebuilding']);
  });
});
