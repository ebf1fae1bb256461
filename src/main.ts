import { openKnowledge } from './cli/open-knowledge.ts';
import { runCli } from './cli/run-cli.ts';
import { runConsole } from './console/run-console.ts';

/**
 * `npm start`: with DISCORD_TOKEN the bot joins Discord; without it, a console answers the
 * same commands, so a fresh clone does something useful straight away.
 */
runCli(async () => {
  const { store, logger } = await openKnowledge();
  const interactive = process.stdin.isTTY === true;
  await runConsole({
    store,
    logger,
    input: process.stdin,
    output: process.stdout,
    notices: interactive ? process.stdout : process.stderr,
    interactive,
  });
  return 0;
});
