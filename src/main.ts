import { openKnowledge } from './cli/open-knowledge.ts';
import { runCli } from './cli/run-cli.ts';
import { stopThenExit } from './cli/stop-then-exit.ts';
import { runConsole } from './console/run-console.ts';
import { processShardChannel } from './discord/shards/process-shard-channel.ts';
import { shareKnowledgeChanges } from './discord/shards/share-knowledge-changes.ts';
import { startBot } from './discord/start-bot.ts';
import { watchKnowledgeDir } from './kb/watch-knowledge-dir.ts';

/**
 * `npm start`: with DISCORD_TOKEN the bot joins Discord; without it, a console answers the
 * same commands, so a fresh clone does something useful straight away.
 */
runCli(async () => {
  const { config, store, settings, gaps, logger } = await openKnowledge();
  // KB_WATCH=true: edits to the folder are picked up without /kb refresh.
  const stopWatching = config.kbWatch
    ? watchKnowledgeDir({ store, directory: config.knowledgeDir, logger })
    : () => undefined;
  if (!config.discordToken) {
    const interactive = process.stdin.isTTY === true;
    await runConsole({
      store,
      settings,
      logger,
      input: process.stdin,
      output: process.stdout,
      notices: interactive ? process.stdout : process.stderr,
      interactive,
    });
    stopWatching();
    return 0;
  }

  const bot = await startBot({
    config,
    store,
    settings,
    gaps,
    logger,
    onFatal: (error) => {
      logger.fatal({ reason: error.message }, 'Discord ended the session');
      process.stderr.write(`${error.message}\n`);
      stopWatching();
      stopThenExit({ stop: () => bot.stop(), logger, code: 1 });
    },
  }).catch((error: unknown) => {
    // An open watcher would keep the process alive after a failed start.
    stopWatching();
    throw error;
  });
  // Under `npm run start:sharded` this is one shard: knowledge changes reach the others.
  const shardChannel = processShardChannel(bot.client);
  const stopSharing = shardChannel
    ? shareKnowledgeChanges(store, shardChannel, logger)
    : () => undefined;
  // Until a signal, the gateway keeps the process alive; the signal then always ends it, even
  // when discord.js is in the middle of a reconnect.
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    stopWatching();
    stopSharing();
    stopThenExit({ stop: () => bot.stop(), logger, code: 0 });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  // A shard whose manager is gone (killed without a chance to stop it) stops too.
  if (shardChannel) process.once('disconnect', () => shutdown('manager gone'));
  return undefined;
});
