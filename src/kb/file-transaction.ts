import { constants } from 'node:fs';
import { access, copyFile, mkdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../user-error.ts';
import { writeFileAtomically } from './write-file-atomically.ts';

/** Where removed and replaced files go, inside the knowledge directory; the loader skips it. */
export const removedDirectoryName = '.removed';

/** What `write` did to the target. */
export type WriteResult = 'created' | 'replaced' | 'unchanged';

/**
 * A set of file changes inside one directory that can be undone as a whole: every write is
 * atomic, nothing is deleted (old files go to `.removed/`), and `rollback` restores the
 * directory exactly as it was, so a failed `/kb add` or `/kb remove` leaves no trace.
 */
export class FileTransaction {
  private readonly undoSteps: Array<() => Promise<void>> = [];

  constructor(
    readonly directory: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Writes `relative` atomically. An existing file with other content is refused unless
   * `replace`, in which case it is first copied to `.removed/`.
   */
  async write(
    relative: string,
    content: Uint8Array,
    options: { replace: boolean },
  ): Promise<WriteResult> {
    const target = this.resolve(relative);
    const existing = await readIfExists(target);
    if (existing?.equals(content)) return 'unchanged';
    if (existing && !options.replace) {
      throw new UserError(
        'bad-input',
        `${relative} already exists. Set replace:true to replace it (the old file is kept in ${removedDirectoryName}/).`,
      );
    }
    await this.ensureDirectory(path.dirname(target));
    if (existing) {
      const backup = await this.removedPathFor(relative);
      await copyFile(target, backup, constants.COPYFILE_EXCL);
      this.undoSteps.push(() => rename(backup, target));
      await writeFileAtomically(target, content, { overwrite: true });
      return 'replaced';
    }
    try {
      await writeFileAtomically(target, content, { overwrite: false });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      throw new UserError('busy', `${relative} appeared while it was being written; try again.`);
    }
    this.undoSteps.push(() => rm(target, { force: true }));
    return 'created';
  }

  /** Moves `relative` into `.removed/` under a timestamped name; returns where it went. */
  async moveAside(relative: string): Promise<string> {
    const source = this.resolve(relative);
    const destination = await this.removedPathFor(relative);
    await rename(source, destination);
    this.undoSteps.push(() => rename(destination, source));
    return path.relative(this.directory, destination);
  }

  /** Undoes every change made so far, newest first; reports every step that failed. */
  async rollback(): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.undoSteps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) {
      throw new AggregateError(
        failures,
        `kb: could not undo ${failures.length} change(s) in ${this.directory}`,
      );
    }
  }

  /** Resolves a path inside the directory, refusing anything that would leave it. */
  private resolve(relative: string): string {
    const resolved = path.resolve(this.directory, relative);
    const inside = path.relative(this.directory, resolved);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
      throw new UserError('bad-input', `"${relative}" is not a file inside the knowledge folder.`);
    }
    return resolved;
  }

  private async ensureDirectory(directory: string): Promise<void> {
    const created = await mkdir(directory, { recursive: true });
    if (created !== undefined) {
      // Only an empty directory is taken away again: rmdir refuses anything else.
      this.undoSteps.push(() => rmdir(created).catch(() => undefined));
    }
  }

  private async removedPathFor(relative: string): Promise<string> {
    const removed = this.resolve(removedDirectoryName);
    await this.ensureDirectory(removed);
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const name = relative.split(/[\\/]/).join('-');
    for (let n = 1; ; n += 1) {
      const candidate = path.join(removed, `${stamp}-${n === 1 ? '' : `${n}-`}${name}`);
      if (!(await exists(candidate))) return candidate;
    }
  }
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
