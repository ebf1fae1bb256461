import { Client, GatewayIntentBits, type RESTOptions, type WebSocketOptions } from 'discord.js';

export interface DiscordClientOptions {
  /** Gateway options, e.g. the reconnect watcher of gateway-reconnects.ts. */
  ws?: Partial<WebSocketOptions>;
  /** Which rate limits to give up on instead of waiting (see rate-limit-policy.ts). */
  rejectOnRateLimit?: RESTOptions['rejectOnRateLimit'];
}

/**
 * A discord.js client with the one intent slash commands need, talking to `apiUrl` (Discord's
 * API, or a local stand-in in tests).
 */
export function createDiscordClient(apiUrl: string, options: DiscordClientOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      api: apiUrl,
      ...(options.rejectOnRateLimit ? { rejectOnRateLimit: options.rejectOnRateLimit } : {}),
    },
    ...(options.ws ? { ws: options.ws } : {}),
  });
}
