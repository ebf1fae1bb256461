import { Client, GatewayIntentBits, type WebSocketOptions } from 'discord.js';

export interface DiscordClientOptions {
  /** Gateway options, e.g. the reconnect watcher of gateway-reconnects.ts. */
  ws?: Partial<WebSocketOptions>;
}

/**
 * A discord.js client with the one intent slash commands need, talking to `apiUrl` (Discord's
 * API, or a local stand-in in tests).
 */
export function createDiscordClient(apiUrl: string, options: DiscordClientOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: apiUrl },
    ...(options.ws ? { ws: options.ws } : {}),
  });
}
