import { appendFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GapLog, maxGapLogBytes } from '../../src/feedback/gap-log.ts';

const folder = () => mkdtemp(path.join(tmpdir(), 'gaps-'));
const at = new Date('2026-12-01T10:00:00Z');
const entry = (query: string, serverId = '111') =>
  ({ serverId, command: 'ask', council: 'Bromley', kind: 'not-found', query, at }) as const;

describe('GapLog', () => {
  it('counts the same question however it was typed, most asked first, per server', async () => {
    const log = await GapLog.open(await folder());
    await log.record(entry('Zeppelin maintenance?'));
    await log.record(entry('zeppelin   maintenance?'));
    await log.record(entry('airship parking'));
    await log.record(entry('Zeppelin maintenance?', '222'));
    const gaps = await log.gaps('111');
    expect(gaps.map((gap) => [gap.query, gap.count])).toEqual([
      ['Zeppelin maintenance?', 2],
      ['airship parking', 1],
    ]);
    expect((await log.gaps('222')).map((gap) => gap.count)).toEqual([1]);
  });

  it('keeps no user or server id, only a keyed hash of the server', async () => {
    const dir = await folder();
    const log = await GapLog.open(dir);
    await log.record(entry('airship parking', '123456789012345678'));
    const text = await readFile(path.join(dir, 'gaps.jsonl'), 'utf8');
    expect(text).not.toContain('123456789012345678');
    expect(JSON.parse(text).server).toMatch(/^[0-9a-f]{16}$/);
  });

  it('writes nothing until a question is kept', async () => {
    const dir = await folder();
    await GapLog.open(dir);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rotates a full log, keeping one older file, and skips a line cut short', async () => {
    const dir = await folder();
    const log = await GapLog.open(dir);
    await log.record(entry('first'));
    await appendFile(path.join(dir, 'gaps.jsonl'), `{"at":"2026-12-01T09:00:00Z","ser\n`);
    await appendFile(path.join(dir, 'gaps.jsonl'), 'x'.repeat(maxGapLogBytes));
    await log.record(entry('second'));
    expect((await readdir(dir)).sort()).toEqual(['gap-key', 'gaps.jsonl', 'gaps.jsonl.1']);
    expect((await log.gaps('111')).map((gap) => gap.query).sort()).toEqual(['first', 'second']);
    await writeFile(path.join(dir, 'gaps.jsonl'), 'not json\n');
    expect((await log.gaps('111')).map((gap) => gap.query)).toEqual(['first']);
  });
});
