import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { configVariableNames } from '../../src/config.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** How a script run ended, with everything it printed. */
export interface ScriptRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ScriptRunOptions {
  /** The working directory: an empty one, so no `.env` or `knowledge/` of the project leaks in. */
  cwd: string;
  env?: Record<string, string>;
  stdin?: string;
  /** Called once the process is running, e.g. to talk to it and stop it. */
  whileRunning?: (child: ChildProcess, output: () => string) => Promise<void>;
  /** Killed (SIGKILL) if still running after this long. */
  killAfterMs?: number;
}

/**
 * Runs a script of the project with node and the tsx loader, as `npm start` does. Every
 * variable the bot reads is cleared first, so a test sets the ones it means and no others leak
 * in; KNOWLEDGE_DIR defaults to the bundled knowledge.
 */
export function runScript(
  script: string,
  args: string[],
  options: ScriptRunOptions,
): Promise<ScriptRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of configVariableNames) delete env[name];
  Object.assign(env, { KNOWLEDGE_DIR: path.join(root, 'knowledge') }, options.env);
  const child = spawn(process.execPath, ['--import', tsx, path.join(root, script), ...args], {
    cwd: options.cwd,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  child.stdin.end(options.stdin ?? '');
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 25_000);
  const exited = new Promise<ScriptRun>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return (async () => {
    await options.whileRunning?.(child, () => stdout + stderr);
    return exited;
  })();
}
