import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDiscordStandIn } from '../test/support/discord-stand-in/index.ts';
import { runScript } from '../test/support/run-script.ts';
import { shardPids } from '../test/support/shard-pids.ts';
import { percentile } from './percentile.ts';

/**
 * `npm run bench:shards [-- --knowledge DIR --shards N --council NAME]`: runs
 * `npm run start:sharded` against the local stand-in announcing N shards (default 2), twice over
 * the same DATA_DIR (a cold start that builds the index snapshot, then a warm one that reads
 * it), and prints how long every shard took to be ready, each process's resident memory once
 * ready and after a few questions, and each shard's answer time. It asserts nothing.
 */
const { values: args } = parseArgs({
  options: {
    knowledge: { type: 'string' },
    shards: { type: 'string', default: '2' },
    /** With several councils loaded, the questions name this one (else they get "which council?"). */
    council: { type: 'string' },
  },
});
const knowledgeDir = path.resolve(args.knowledge ?? process.env.KNOWLEDGE_DIR ?? 'knowledge');
const shardCount = Number(args.shards);
const root = path.resolve(import.meta.dirname, '..');
const out = (line: string) => process.stdout.write(`${line}\n`);
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

/** Resident memory of a process in KiB, from /proc (Linux); NaN elsewhere. */
function rssKib(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`bench: ${what} did not happen in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runOnce(label: string, dataDir: string): Promise<void> {
  const standIn = await startDiscordStandIn({ shardCount, maxConcurrency: shardCount });
  const started = performance.now();
  try {
    await runScript('src/sharded.ts', [], {
      cwd: root,
      // A cold national build takes minutes on a loaded machine.
      killAfterMs: 30 * 60_000,
      env: {
        DISCORD_TOKEN: standIn.token,
        DISCORD_API_URL: standIn.apiUrl,
        KNOWLEDGE_DIR: knowledgeDir,
        DATA_DIR: dataDir,
        COOLDOWN_SECONDS: '0',
      },
      async whileRunning(manager, output) {
        try {
          await until(
            () => output().includes('every shard is ready'),
            20 * 60_000,
            'every shard ready',
          );
          const readyMs = performance.now() - started;
          await until(
            () => shardPids(output()).size === shardCount,
            10_000,
            'every shard logging its pid',
          );
          // The latest process of each shard, and the manager's own.
          const pids = [...shardPids(output())].map(
            ([shard, list]) => [shard, list.at(-1) ?? 0] as const,
          );
          const memory = () =>
            pids
              .sort(([a], [b]) => a - b)
              .map(([shard, pid]) => `shard ${shard} ${mib(rssKib(pid))}`)
              .concat(`manager ${mib(rssKib(manager.pid ?? 0))}`)
              .join(', ');
          out(`${label.padEnd(12)} every shard ready in ${(readyMs / 1000).toFixed(1)} s`);
          out(`${''.padEnd(12)} rss once ready: ${memory()}`);
          for (const guild of standIn.guilds) {
            const times: number[] = [];
            for (const topic of [
              'supervision',
              'early help',
              'care leavers',
              'fostering',
              'missing',
            ]) {
              const record = standIn.sendSlashCommand({
                name: 'finding',
                options: { topic, ...(args.council ? { council: args.council } : {}) },
                guildId: guild.guildId,
              });
              await record.waitForResponse({ timeoutMs: 60_000 });
              times.push(Date.now() - record.dispatchedAt);
            }
            out(
              `${''.padEnd(12)} shard ${guild.shardId}: /finding × ${times.length}, median ${percentile(times, 50)} ms, max ${Math.max(...times)} ms`,
            );
          }
          out(`${''.padEnd(12)} rss after questions: ${memory()}`);
        } finally {
          manager.kill('SIGTERM');
        }
      },
    });
  } finally {
    await standIn.stop();
  }
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-shards-'));
out(`findings-bot shards bench: ${knowledgeDir}, ${shardCount} shards, Node ${process.version}`);
try {
  await runOnce('cold start', dataDir);
  await runOnce('warm start', dataDir);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(0);
