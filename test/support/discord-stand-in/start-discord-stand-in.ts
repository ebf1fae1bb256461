import { createServer } from 'node:http';
import { DiscordStandIn } from './discord-stand-in.ts';
import type { DiscordStandInOptions } from './stand-in-state.ts';

/** Starts a stand-in on 127.0.0.1 with an ephemeral port. */
export async function startDiscordStandIn(
  options: DiscordStandInOptions = {},
): Promise<DiscordStandIn> {
  // The stand-in attaches its request handler; nobody knows the port before listen returns.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return new DiscordStandIn(server, options);
}
