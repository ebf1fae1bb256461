import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath } from '../fixtures/fixture-path.ts';

/** A throwaway copy of a knowledge set, inside its own parent so escapes would show. */
export interface TempKnowledge {
  /** The parent directory: nothing but `knowledge/` should ever appear in it. */
  root: string;
  directory: string;
  remove(): Promise<void>;
}

/** Copies a fixture knowledge set (the small valid one by default) into a fresh temp dir. */
export async function copyKnowledge(
  source = fixturePath('knowledge', 'valid'),
): Promise<TempKnowledge> {
  const root = await mkdtemp(path.join(tmpdir(), 'kb-test-'));
  const directory = path.join(root, 'knowledge');
  await cp(source, directory, { recursive: true });
  return { root, directory, remove: () => rm(root, { recursive: true, force: true }) };
}

/** Every file under `directory` (dot directories included) with a hash of its bytes. */
export async function listTree(directory: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(directory, full);
    tree[relative] = entry.isDirectory()
      ? 'dir'
      : createHash('sha256')
          .update(await readFile(full))
          .digest('hex')
          .slice(0, 16);
  }
  return tree;
}
