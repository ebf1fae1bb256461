import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls an atomic write makes; tests pass a fake to fail one mid-way. */
export type AtomicWriteFs = Pick<typeof fsPromises, 'open' | 'rename' | 'link' | 'rm' | 'access'>;

export interface AtomicWriteOptions {
  /** Replace an existing file; otherwise an existing target fails with EEXIST and is left alone. */
  overwrite: boolean;
  fs?: AtomicWriteFs;
}

/** Temporary files start with a dot so the knowledge loader and the watcher ignore them. */
export function temporaryNameFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

/**
 * Writes a file so that readers, and a crash, only ever see the old or the new content: the
 * bytes go to a temporary file in the same directory, are flushed to disk, then renamed (or
 * hard-linked, when not overwriting) into place. The temporary file is removed on failure.
 */
export async function writeFileAtomically(
  target: string,
  content: Uint8Array | string,
  options: AtomicWriteOptions,
): Promise<void> {
  const fs = options.fs ?? fsPromises;
  const temporary = temporaryNameFor(target);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await fs.rename(temporary, target);
    else await linkWithoutOverwrite(fs, temporary, target);
  } finally {
    await fs.rm(temporary, { force: true });
  }
  await syncDirectory(path.dirname(target));
}

/** `link` fails with EEXIST instead of replacing, so two writers cannot both win. */
async function linkWithoutOverwrite(
  fs: AtomicWriteFs,
  temporary: string,
  target: string,
): Promise<void> {
  try {
    await fs.link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some file systems cannot hard-link; fall back to check-then-rename there.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    const exists = await fs.access(target).then(
      () => true,
      () => false,
    );
    if (exists) throw Object.assign(new Error(`EEXIST: ${target} exists`), { code: 'EEXIST' });
    await fs.rename(temporary, target);
  }
}

/** Makes the rename itself durable; not every platform can open a directory, so best effort. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await fsPromises.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is already flushed and renamed; a directory that cannot be synced is not an error.
  }
}
