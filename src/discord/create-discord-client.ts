import { Client, GatewayIntentBits } from 'discord.js';

/**
 * A discord.js client with the one intent slash commands need, talking to `apiUrl` (Discord's
 * API, or a local stand-in in tests).
 */
export function createDiscordClient(apiUrl: string): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
}
