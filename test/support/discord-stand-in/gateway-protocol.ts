import { z } from 'zod';

/** Gateway opcodes the stand-in sends or understands. */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Presence: 3,
  Voice: 4,
  Resume: 6,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  GuildMembers: 8,
} as const;

/** Gateway close codes the stand-in uses. */
export const GatewayCloseCode = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidSeq: 4007,
  SessionTimedOut: 4009,
  InvalidShard: 4010,
  ShardingRequired: 4011,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

/** Discord's close reason for each code, sent along with it. */
export const CLOSE_REASONS: Record<number, string> = {
  4000: 'Unknown error.',
  4001: 'Unknown opcode.',
  4002: 'Error while decoding payload.',
  4003: 'Not authenticated.',
  4004: 'Authentication failed.',
  4005: 'Already authenticated.',
  4007: 'Invalid seq.',
  4009: 'Session timed out.',
  4010: 'Invalid shard.',
  4011: 'Sharding required.',
  4012: 'Invalid API version.',
  4013: 'Invalid intent(s).',
  4014: 'Disallowed intent(s).',
};

/** Any payload a client sends: an opcode and its data. */
export const payloadSchema = z.object({ op: z.number().int(), d: z.unknown() });
/** IDENTIFY (op 2) data, as @discordjs/ws sends it. */
export const identifySchema = z.looseObject({
  token: z.string(),
  intents: z.number().int().nonnegative(),
  properties: z.looseObject({}),
  shard: z.tuple([z.number().int(), z.number().int()]).optional(),
  compress: z.boolean().optional(),
});
/** RESUME (op 6) data. */
export const resumeSchema = z.looseObject({
  token: z.string(),
  session_id: z.string(),
  seq: z.number().int().nullable(),
});

/** The IDENTIFY data a client sent. */
export type IdentifyData = z.infer<typeof identifySchema>;
