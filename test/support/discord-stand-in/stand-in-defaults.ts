/**
 * Fixed identities of the stand-in, so test output is stable between runs. The token is shaped
 * so that no secret scanner mistakes it for a real Discord bot token.
 */
export const STAND_IN_DEFAULTS = {
  token: 'stand-in-bot-token.not-a-secret.0000',
  applicationId: '1100000000000000001',
  /** Modern Discord bots share their application's id. */
  botUserId: '1100000000000000001',
  botUsername: 'findings-bot-stand-in',
  guildId: '1100000000000000002',
  channelId: '1100000000000000003',
  guildOwnerId: '1100000000000000004',
  /** Discord's documented example value; heartbeats are answered whatever the interval. */
  heartbeatIntervalMs: 41_250,
  /** Discord forgets an interaction whose first callback arrives later than this. */
  interactionDeadlineMs: 3_000,
  /** The upload limit Discord reports for a guild without boosts (10 MiB). */
  attachmentSizeLimit: 10 * 1024 * 1024,
} as const;
