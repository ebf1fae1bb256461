import { UserError } from '../user-error.ts';

/**
 * Gateway close codes after which Discord will not take the bot back until someone changes
 * something, each with what to do. discord.js stops reconnecting on all of them; without this
 * the process had nothing left to do and exited 0 in silence.
 */
const fatalCloseCodes: ReadonlyMap<number, { name: string; advice: string }> = new Map([
  [
    4004,
    {
      name: 'authentication failed',
      advice:
        'Discord rejected DISCORD_TOKEN (authentication failed). Copy the bot token again from the Developer Portal (Bot → Reset Token) into .env.',
    },
  ],
  [
    4010,
    {
      name: 'invalid shard',
      advice:
        'The bot sent a shard Discord does not accept. This bot runs as one shard: make sure nothing sets a shard count for it, then restart.',
    },
  ],
  [
    4011,
    {
      name: 'sharding required',
      advice:
        'The bot is in too many servers for one gateway connection and must be sharded, which this bot does not do; remove it from some servers or run it sharded.',
    },
  ],
  [
    4012,
    {
      name: 'invalid API version',
      advice:
        'Discord no longer accepts the gateway version this discord.js speaks. Update discord.js (npm update discord.js) and restart.',
    },
  ],
  [
    4013,
    {
      name: 'invalid intents',
      advice:
        'The client asked for gateway intents that do not exist. This is a bug in the bot (src/discord/create-discord-client.ts).',
    },
  ],
  [
    4014,
    {
      name: 'disallowed intents',
      advice:
        'The bot asked for a privileged intent it is not allowed. Enable it in the Developer Portal (Bot → Privileged Gateway Intents) or stop requesting it.',
    },
  ],
]);

/** Other close codes the log names, so a line says what happened. */
const otherCloseCodes: ReadonlyMap<number, string> = new Map([
  [1000, 'normal closure'],
  [1001, 'going away'],
  [1006, 'connection lost'],
  [4000, 'unknown error'],
  [4001, 'unknown opcode'],
  [4002, 'decode error'],
  [4003, 'not authenticated'],
  [4005, 'already authenticated'],
  [4007, 'invalid sequence'],
  [4008, 'rate limited'],
  [4009, 'session timed out'],
  [4200, 'closed to resume'],
]);

/** What a gateway close code means, in a few words (`"code 4321"` when unknown). */
export function describeCloseCode(code: number): string {
  return fatalCloseCodes.get(code)?.name ?? otherCloseCodes.get(code) ?? `code ${code}`;
}

/** The user-facing error for a close Discord will not recover from, or undefined if it can. */
export function fatalCloseError(code: number): UserError | undefined {
  const fatal = fatalCloseCodes.get(code);
  if (!fatal) return undefined;
  // 4004 keeps its established message, which names DISCORD_TOKEN first.
  const message =
    code === 4004
      ? fatal.advice
      : `Discord closed the gateway with code ${code} (${fatal.name}) and will not take the bot back as it is. ${fatal.advice}`;
  return new UserError(code === 4004 ? 'bad-input' : 'unavailable', message);
}
