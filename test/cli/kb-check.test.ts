import { spawn } from 'node:child_process';
import { copyFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configVariableNames } from '../../src/config.ts';
import { maxKnowledgeFileBytes } from '../../src/knowledge/read-knowledge-file.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';
import { copyKnowledge, type TempKnowledge } from '../kb/temp-knowledge.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs `npm run kb:check` (node + tsx, as npm does) on `directory`. */
function kbCheck(
  directory: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of configVariableNames) delete env[name];
  env.KNOWLEDGE_DIR = directory;
  const child = spawn(process.execPath, ['--import', tsx, path.join(root, 'src/cli/kb-check.ts')], {
    cwd: path.dirname(directory),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

let temp: TempKnowledge;
beforeEach(async () => {
  temp = await copyKnowledge();
});
afterEach(() => temp.remove());

// Issue 11, faults 1, 6 and 7 from outside: kb:check used to crash with "Unexpected error"
// naming no file, or pass a file quoted with U+FFFD, or say nothing of a link.
describe('npm run kb:check', () => {
  it('names an oversized, a non-UTF-8 and a linked file, one line each, and exits 1', async () => {
    const huge = path.join(temp.directory, 'huge.md');
    await writeFile(huge, '---\n');
    await truncate(huge, maxKnowledgeFileBytes + 1);
    await writeFile(
      path.join(temp.directory, 'latin1.md'),
      Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9]),
    );
    await symlink('ofsted-2017.md', path.join(temp.directory, 'alias.md'));

    const result = await kbCheck(temp.directory);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('Unexpected error');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^knowledge: alias\.md: file: is a symbolic link; /),
      expect.stringMatching(/^knowledge: huge\.md: file: too large: /),
      'knowledge: latin1.md: file: not UTF-8 text: invalid byte 0xE9 at byte offset 4; save the file as UTF-8',
    ]);
    expect(result.stdout).toMatch(
      /: 3 documents, \d+ passages, \d+ facts, 5 glossary entries, \d+ abbreviations learned from the documents; 3 problems\.\n$/,
    );
  });

  it('names each bad glossary entry by file and entry, and exits 1', async () => {
    await copyFile(
      fixturePath('knowledge', 'glossary-invalid', 'glossary.yaml'),
      path.join(temp.directory, 'glossary.yaml'),
    );
    const result = await kbCheck(temp.directory);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'knowledge: glossary.yaml: entries[1] ("PLO").terms: an entry needs at least two terms that mean the same\n',
    );
    expect(result.stdout).toMatch(/, 1 glossary entries, .*; 4 problems\.\n$/);
  });
});
