import { fileURLToPath } from 'node:url';
import { runCli } from './cli/run-cli.ts';
import { loadConfig } from './config.ts';
import { startShards } from './discord/shards/start-shards.ts';
import { createLogger } from './logger.ts';
import { UserError } from './user-error.ts';

/**
 * `npm run start:sharded`: the bot as one process per shard under discord.js's ShardingManager,
 * for bots in more servers than one gateway connection may hold (Discord requires shards past
 * 2,500). Each shard is `npm start` with a token; this process only starts, relays and restarts.
 */
runCli(async () => {
  const config = loadConfig();
  const token = config.discordToken;
  if (!token) {
    throw new UserError(
      'bad-input',
      'DISCORD_TOKEN is not set: start:sharded joins Discord with it (npm start without one opens the console).',
    );
  }
  const logger = createLogger({ level: config.logLevel, secrets: [token] });
  const stopThen = (code: number) => {
    void shards.stop().finally(() => process.exit(code));
  };
  const shards = await startShards({
    script: fileURLToPath(new URL('./main.ts', import.meta.url)),
    // The tsx loader this process runs under, so each shard runs TypeScript the same way.
    execArgv: process.execArgv,
    token,
    apiUrl: config.discordApiUrl,
    logger,
    onFatal: (error) => {
      logger.fatal({ reason: error.message }, 'a shard cannot run: stopping every shard');
      process.stderr.write(`${error.message}\n`);
      stopThen(1);
    },
  });
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down every shard');
    stopThen(0);
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return undefined;
});
