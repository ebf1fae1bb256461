import type { APIUser } from 'discord.js';
import type { StandInGuild } from './shard-guilds.ts';

/** A gateway dispatch before the stand-in numbers it. */
export interface GatewayEvent {
  t: string;
  d: unknown;
}

/** Who the bot is and where it lives, for READY and GUILD_CREATE. */
export interface BotWorld {
  bot: APIUser;
  applicationId: string;
  /** Every guild the bot is in, each on its shard. */
  guilds: readonly StandInGuild[];
  guildOwnerId: string;
  gatewayUrl: string;
}

function guildCreate(world: BotWorld, guild: StandInGuild): GatewayEvent {
  const { guildId, channelId } = guild;
  const { bot } = world;
  return {
    t: 'GUILD_CREATE',
    d: {
      id: guildId,
      name: 'Stand-in Guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: world.guildOwnerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      // The @everyone role shares the guild's id, as on Discord.
      roles: [
        {
          id: guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: '0',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-GB',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [
        {
          user: bot,
          roles: [],
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
      ],
      channels: [
        {
          id: channelId,
          type: 0,
          guild_id: guildId,
          name: 'general',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          topic: null,
          last_message_id: null,
          rate_limit_per_user: 0,
          parent_id: null,
          flags: 0,
        },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    },
  };
}

/**
 * The dispatches that follow a successful IDENTIFY on shard `[id, count]`: READY listing that
 * shard's guilds as unavailable, then a GUILD_CREATE for each. discord.js waits for every listed
 * guild before it emits `clientReady`, so they always travel together.
 */
export function identifyDispatches(
  world: BotWorld,
  sessionId: string,
  shard: [number, number],
): GatewayEvent[] {
  const guilds = world.guilds.filter((guild) => guild.shardId === shard[0]);
  return [
    {
      t: 'READY',
      d: {
        v: 10,
        user: world.bot,
        guilds: guilds.map((guild) => ({ id: guild.guildId, unavailable: true })),
        session_id: sessionId,
        resume_gateway_url: world.gatewayUrl,
        shard,
        application: { id: world.applicationId, flags: 0 },
        private_channels: [],
        presences: [],
        relationships: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        user_settings: {},
        _trace: ['["discord-stand-in",{"micros":0}]'],
      },
    },
    ...guilds.map((guild) => guildCreate(world, guild)),
  ];
}
