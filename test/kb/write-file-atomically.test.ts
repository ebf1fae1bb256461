import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicWriteFs, writeFileAtomically } from '../../src/kb/write-file-atomically.ts';

/** A file system whose writes stop after a few bytes with ENOSPC, like a full disk. */
const fullDisk: AtomicWriteFs = {
  ...fsPromises,
  async open(file, flags) {
    const handle = await fsPromises.open(file, flags);
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile') {
          return async (data: Uint8Array | string) => {
            await target.writeFile(String(data).slice(0, 3));
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  },
};

const failingRename: AtomicWriteFs = {
  ...fsPromises,
  rename: async () => {
    throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
  },
};

describe('writeFileAtomically', () => {
  let directory: string;
  let target: string;
  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    target = path.join(directory, 'doc.md');
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('writes a new file and replaces an existing one when asked', async () => {
    await writeFileAtomically(target, 'first', { overwrite: false });
    expect(await readFile(target, 'utf8')).toBe('first');
    await writeFileAtomically(target, 'second', { overwrite: true });
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(directory)).toEqual(['doc.md']);
  });

  it('leaves the old file whole and no temporary file when the write fails mid-way', async () => {
    await writeFile(target, 'the old content');
    await expect(
      writeFileAtomically(target, 'the new content', { overwrite: true, fs: fullDisk }),
    ).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('the old content');
    expect(await readdir(directory)).toEqual(['doc.md']);
  });

  it('leaves the old file and no temporary file when the rename fails', async () => {
    await writeFile(target, 'the old content');
    await expect(
      writeFileAtomically(target, 'new', { overwrite: true, fs: failingRename }),
    ).rejects.toThrow(/EIO/);
    expect(await readFile(target, 'utf8')).toBe('the old content');
    expect(await readdir(directory)).toEqual(['doc.md']);
  });

  it('refuses to overwrite unless asked, leaving the existing file alone', async () => {
    await writeFile(target, 'keep me');
    await expect(
      writeFileAtomically(target, 'intruder', { overwrite: false }),
    ).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(target, 'utf8')).toBe('keep me');
    expect(await readdir(directory)).toEqual(['doc.md']);
  });
});
