import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from './fixtures/fixture-path.ts';
import { kinshipPressRelease } from './fixtures/kinship-press-release.ts';
import {
  type DiscordStandIn,
  memberPermissions,
  startDiscordStandIn,
} from './support/discord-stand-in/index.ts';
import { runScript } from './support/run-script.ts';
import { shardPids } from './support/shard-pids.ts';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function finding(standIn: DiscordStandIn, guildId: string, topic: string) {
  const record = await standIn
    .sendSlashCommand({ name: 'finding', options: { topic }, guildId })
    .waitForResponse({ timeoutMs: 15_000 });
  return JSON.stringify(record.finalMessage);
}

describe('npm run start:sharded (src/sharded.ts)', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'findings-bot-sharded-'));
    await cp(fixturePath('discord', 'knowledge'), path.join(work, 'knowledge'), {
      recursive: true,
    });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('answers on both shards, shares a refresh, restarts a crashed shard alone, and stops on SIGTERM', async () => {
    const standIn = await startDiscordStandIn({ shardCount: 2, maxConcurrency: 2 });
    const [first, second] = standIn.guilds;
    if (!first || !second) throw new Error('the stand-in should serve a guild per shard');
    let pids = new Map<number, number[]>();
    try {
      const result = await runScript('src/sharded.ts', [], {
        cwd: work,
        killAfterMs: 120_000,
        env: {
          DISCORD_TOKEN: standIn.token,
          DISCORD_API_URL: standIn.apiUrl,
          KNOWLEDGE_DIR: path.join(work, 'knowledge'),
          DATA_DIR: path.join(work, 'data'),
          COOLDOWN_SECONDS: '0',
        },
        async whileRunning(child, output) {
          await expect.poll(output, { timeout: 60_000 }).toContain('every shard is ready');
          expect(standIn.identifies.map((identify) => identify.shard).sort()).toEqual([
            [0, 2],
            [1, 2],
          ]);
          // Each shard logs its pid just after it reports ready to the manager.
          await expect.poll(() => [...shardPids(output()).keys()].sort()).toEqual([0, 1]);
          pids = shardPids(output());
          // Each guild is answered by its own shard's process.
          for (const guild of standIn.guilds)
            expect(await finding(standIn, guild.guildId, 'fostering panel')).toContain(
              'meets monthly',
            );
          expect(await finding(standIn, second.guildId, 'kinship care')).not.toContain(
            'grandparents',
          );

          // A moderator's refresh on one shard reaches the other.
          await writeFile(
            path.join(work, 'knowledge', kinshipPressRelease.fileName),
            kinshipPressRelease.text,
          );
          const refresh = await standIn
            .sendSlashCommand({
              name: 'kb',
              subcommand: 'refresh',
              guildId: first.guildId,
              permissions: memberPermissions.manageServer,
            })
            .waitForResponse({ timeoutMs: 30_000 });
          expect(JSON.stringify(refresh.finalMessage)).toContain(
            `Added (1): ${kinshipPressRelease.id}`,
          );
          await expect
            .poll(output, { timeout: 30_000 })
            .toContain('knowledge reloaded after another shard changed it');
          expect(await finding(standIn, second.guildId, 'kinship care')).toContain('grandparents');

          // One shard crashes: the other keeps answering, and the crashed one comes back.
          const crashed = pids.get(second.shardId)?.[0];
          if (crashed === undefined) throw new Error(`no pid logged for shard ${second.shardId}`);
          process.kill(crashed, 'SIGKILL');
          await expect.poll(output, { timeout: 10_000 }).toContain('shard stopped unexpectedly');
          expect(await finding(standIn, first.guildId, 'fostering panel')).toContain(
            'meets monthly',
          );
          await expect
            .poll(() => shardPids(output()).get(second.shardId)?.length ?? 0, { timeout: 60_000 })
            .toBe(2);
          expect(await finding(standIn, second.guildId, 'kinship care')).toContain('grandparents');
          pids = shardPids(output());
          child.kill('SIGTERM');
        },
      });
      expect(result.stderr).toContain('shutting down every shard');
      expect(result).toMatchObject({ code: 0, signal: null });
      expect(result.stderr).not.toContain(standIn.token);
      // No shard outlives the manager.
      for (const pid of [...pids.values()].flat()) expect(isRunning(pid)).toBe(false);
    } finally {
      await standIn.stop();
    }
  }, 150_000);

  it('without DISCORD_TOKEN exits 1 saying so, no stack', async () => {
    const result = await runScript('src/sharded.ts', [], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^DISCORD_TOKEN is not set/);
    expect(result.stderr).not.toContain('    at ');
  });

  it('stops every shard and exits 1 when a shard cannot start, rather than retrying for ever', async () => {
    const standIn = await startDiscordStandIn({ shardCount: 2, maxConcurrency: 2 });
    try {
      // The shard count is fetched over REST; the gateway then refuses the token (4004).
      standIn.rejectAllTokens('gateway');
      const result = await runScript('src/sharded.ts', [], {
        cwd: work,
        killAfterMs: 60_000,
        env: {
          DISCORD_TOKEN: standIn.token,
          DISCORD_API_URL: standIn.apiUrl,
          KNOWLEDGE_DIR: path.join(work, 'knowledge'),
          DATA_DIR: path.join(work, 'data'),
        },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("The bot's shards could not start");
      expect(result.stderr).toMatch(/Discord rejected DISCORD_TOKEN/);
      expect(result.stderr).not.toContain(standIn.token);
      // Each shard tried once; nothing started them again.
      expect(standIn.identifies.length).toBeLessThanOrEqual(2);
    } finally {
      await standIn.stop();
    }
  });
});
