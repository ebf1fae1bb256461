import { loadConfig } from '../config.ts';
import { deployCommands } from '../discord/deploy-commands.ts';
import { loadCommandModules } from '../discord/load-command-modules.ts';
import { registeredDefinitions } from '../discord/registered-definitions.ts';
import { runCli } from './run-cli.ts';

/** `npm run commands:deploy`: registers the slash commands with Discord. */
runCli(async () => {
  const config = loadConfig();
  const commands = await loadCommandModules();
  const result = await deployCommands(config, registeredDefinitions(commands.values()));
  process.stdout.write(
    `Registered ${result.count} commands ${result.scope === 'guild' ? `in server ${config.guildId} (available now)` : 'globally (may take up to an hour to appear)'} for application ${result.applicationId}.\n`,
  );
  return 0;
});
