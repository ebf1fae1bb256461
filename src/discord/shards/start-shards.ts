import type { ChildProcess } from 'node:child_process';
import type { Worker } from 'node:worker_threads';
import { type Shard, ShardingManager } from 'discord.js';
import { shutdownDeadlineMs } from '../../cli/stop-then-exit.ts';
import type { Logger } from '../../logger.ts';
import { UserError } from '../../user-error.ts';
import { RespawnBackoff } from './respawn-backoff.ts';
import { readKnowledgeChanged } from './shard-messages.ts';
import { fetchShardPlan } from './shard-plan.ts';

/**
 * How long one shard may take to load the knowledge and connect. A cold start at national scale
 * builds every council's index before connecting (about 100 s measured on 2 cores); ten minutes
 * leaves room for a slower machine while still reporting a shard that hangs.
 */
const readyTimeoutMs = 10 * 60_000;

export interface ShardsOptions {
  /** The bot's own entry point, run once per shard. */
  script: string;
  /** Node flags for each shard process (the tsx loader the manager itself runs under). */
  execArgv: string[];
  token: string;
  apiUrl: string;
  logger: Logger;
  /** Called when a shard that had crashed cannot start again: the bot cannot go on. */
  onFatal: (error: UserError) => void;
}

/** The shard processes under one manager. */
export interface RunningShards {
  manager: ShardingManager;
  stop(): Promise<void>;
}

/**
 * Runs the bot as many processes as Discord recommends shards, under discord.js's
 * ShardingManager: a knowledge change in one shard is relayed to the others, and a shard that
 * crashes after it was up is started again (with back-off) while the others keep answering.
 * A shard that cannot start at all stops every shard: its message says why.
 */
export async function startShards(options: ShardsOptions): Promise<RunningShards> {
  const { logger } = options;
  const plan = await fetchShardPlan(options.apiUrl, options.token);
  logger.info(plan, 'starting shards');
  const manager = new ShardingManager(options.script, {
    token: options.token,
    totalShards: plan.totalShards,
    mode: 'process',
    // Respawning is done here, so a crash loop backs off and a failed start is not retried.
    respawn: false,
    execArgv: options.execArgv,
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    const backoff = new RespawnBackoff();
    let readyAt: number | undefined;
    shard.on('ready', () => {
      readyAt = Date.now();
      logger.info({ shardId: shard.id }, 'shard ready');
    });
    shard.on('message', (message: unknown) =>
      relayKnowledgeChange(manager, shard, message, logger),
    );
    shard.on('death', (child) => {
      const upSince = readyAt;
      readyAt = undefined;
      // A shard that never came up is reported by the spawn that started it.
      if (stopping || upSince === undefined) return;
      const delayMs = backoff.next(Date.now() - upSince);
      logger.error(
        { shardId: shard.id, ...exitOf(child), delayMs },
        'shard stopped unexpectedly: starting it again',
      );
      setTimeout(() => {
        if (stopping) return;
        shard.spawn(readyTimeoutMs).catch((error: Error) => {
          if (stopping) return;
          options.onFatal(
            new UserError(
              'unavailable',
              `Shard ${shard.id} could not start again: ${error.message}`,
            ),
          );
        });
      }, delayMs).unref();
    });
  });

  const stop = async () => {
    stopping = true;
    await stopShards([...manager.shards.values()], logger);
  };
  try {
    await manager.spawn({
      amount: plan.totalShards,
      delay: plan.spawnDelayMs,
      timeout: readyTimeoutMs,
    });
  } catch (error) {
    // The shard that failed is the last one started; let it print why before it is stopped.
    const failed = manager.shards.last()?.process;
    if (failed) await exitWithin(failed, shutdownDeadlineMs);
    await stop();
    throw new UserError(
      'unavailable',
      `The bot's shards could not start: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  logger.info({ shards: manager.shards.size }, 'every shard is ready');
  return { manager, stop };
}

/** How a shard's process ended (process mode; a worker only has its exit code). */
function exitOf(child: ChildProcess | Worker): {
  exitCode?: number | null;
  signal?: string | null;
} {
  return 'signalCode' in child ? { exitCode: child.exitCode, signal: child.signalCode } : {};
}

/** Sends one shard's knowledge change to every other shard. */
function relayKnowledgeChange(
  manager: ShardingManager,
  from: Shard,
  message: unknown,
  logger: Logger,
): void {
  if (readKnowledgeChanged(message) === undefined) return;
  for (const shard of manager.shards.values()) {
    // A shard being started again loads the folder afresh anyway.
    if (shard.id === from.id || shard.process === null) continue;
    shard
      .send(message)
      .catch((err: unknown) =>
        logger.warn({ err, shardId: shard.id }, 'could not tell a shard the knowledge changed'),
      );
  }
  logger.info({ fromShard: from.id }, 'knowledge changed: every shard reloads');
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Resolves once `child` has exited (at once if it already has). */
function exited(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Resolves once `child` has exited, or after `ms` if it has not. */
async function exitWithin(child: ChildProcess, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited(child), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** Asks every shard process to stop (SIGTERM), and kills any still running after the deadline. */
async function stopShards(shards: Shard[], logger: Logger): Promise<void> {
  const running = shards.flatMap((shard) =>
    shard.process ? [{ shard, child: shard.process }] : [],
  );
  const allExited = Promise.all(running.map(({ child }) => exited(child)));
  for (const { shard } of running) shard.kill();
  // Each shard gives itself shutdownDeadlineMs to disconnect; a second more, then no mercy.
  const deadline = setTimeout(() => {
    for (const { shard, child } of running) {
      if (!hasExited(child)) {
        logger.error({ shardId: shard.id }, 'shard did not stop in time: killing it');
        child.kill('SIGKILL');
      }
    }
  }, shutdownDeadlineMs + 1_000);
  await allExited;
  clearTimeout(deadline);
}
