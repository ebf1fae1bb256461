import { Client, type ClientOptions, Events, GatewayIntentBits } from 'discord.js';
import type { DiscordStandIn } from './discord-stand-in.ts';

/** Changes to the test client; by default it logs in with the stand-in's token. */
export interface TestClientOptions {
  /** Log in with this token instead, e.g. to test a refused one. */
  token?: string;
  /** Extra client options, merged over the defaults (Guilds intent, `rest.api`). */
  clientOptions?: Partial<ClientOptions>;
}

/**
 * Logs a real discord.js client in to the stand-in and resolves once `clientReady` fired.
 * The stand-in destroys it on `stop()`; a refused login rejects with discord.js' error.
 */
export async function createTestClient(
  standIn: DiscordStandIn,
  options: TestClientOptions = {},
): Promise<Client<true>> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...options.clientOptions,
    rest: { ...options.clientOptions?.rest, api: standIn.apiUrl },
  });
  standIn.onStop(() => client.destroy());
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  // login resolves on READY; clientReady follows once the guild in READY has arrived.
  await client.login(options.token ?? standIn.token);
  await ready;
  if (!client.isReady())
    throw new Error('discord-stand-in: clientReady fired but the client is not ready');
  return client;
}
