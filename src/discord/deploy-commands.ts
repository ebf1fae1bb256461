import { REST, type RESTPostAPIApplicationCommandsJSONBody, Routes } from 'discord.js';
import type { Config } from '../config.ts';
import { UserError } from '../user-error.ts';
import { validateCommandDefinitions } from './validate-command-definitions.ts';

/** Where the commands were registered and how many. */
export interface DeployResult {
  scope: 'guild' | 'global';
  applicationId: string;
  count: number;
}

/**
 * Registers the command definitions with Discord: in one server when DISCORD_GUILD_ID is set
 * (instant, for testing), otherwise globally. Refuses a set that breaks Discord's rules.
 */
export async function deployCommands(
  config: Config,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<DeployResult> {
  if (!config.discordToken)
    throw new UserError('bad-input', 'DISCORD_TOKEN is not set: commands:deploy needs it.');
  const problems = validateCommandDefinitions(definitions);
  if (problems.length > 0) {
    throw new UserError(
      'bad-input',
      `Command definitions break Discord's rules:\n  ${problems.join('\n  ')}`,
    );
  }
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
  try {
    const applicationId =
      config.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
    const route = config.guildId
      ? Routes.applicationGuildCommands(applicationId, config.guildId)
      : Routes.applicationCommands(applicationId);
    const registered = (await rest.put(route, { body: definitions })) as unknown[];
    return { scope: config.guildId ? 'guild' : 'global', applicationId, count: registered.length };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401) {
      throw new UserError('bad-input', 'Discord rejected DISCORD_TOKEN (401 Unauthorized).', {
        cause: error,
      });
    }
    if (status === 403) {
      throw new UserError(
        'not-allowed',
        'Discord refused (403): is the bot in that server (DISCORD_GUILD_ID) with the applications.commands scope?',
        { cause: error },
      );
    }
    throw new UserError('unavailable', `Could not register commands: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
