import {
  type APIChatInputApplicationCommandGuildInteraction,
  type APIMessage,
  ChannelType,
  type GuildMemberFlags,
  InteractionContextType,
  Locale,
} from 'discord.js';
import type { InteractionOption } from './command-options.ts';
import type { FakeUser } from './fake-user.ts';
import { type StandInMessage, toApiMessage } from './message-store.ts';
import { STAND_IN_DEFAULTS } from './stand-in-defaults.ts';

/** The guild and channel every interaction comes from. */
export interface InteractionPlace {
  applicationId: string;
  guildId: string;
  channelId: string;
}

/** Who triggers an interaction, and what they (and the bot) may do there. */
export interface Invoker {
  user: FakeUser;
  /** Decimal string bitfield, already resolved (see `toPermissionString`). */
  permissions: string;
  roles: readonly string[];
  /** The bot's own permissions in the channel. */
  appPermissions: string;
  locale: Locale;
}

/** The fields every guild interaction carries, checked against discord-api-types. */
type InteractionEnvelope = Omit<
  APIChatInputApplicationCommandGuildInteraction,
  'type' | 'data' | 'message'
>;

/** The data of a chat-input command or its autocomplete. */
export interface CommandData {
  id: string;
  name: string;
  type: 1;
  guild_id?: string;
  options?: InteractionOption[];
  /** `attachments` holds `StandInAttachment`s; other keys are passed through. */
  resolved?: Record<string, unknown>;
}

/** The data of a message context-menu command: the message it was chosen on, resolved. */
export interface MessageCommandData {
  id: string;
  name: string;
  type: 3;
  guild_id?: string;
  target_id: string;
  resolved: { messages: Record<string, APIMessage> };
}

/** The `d` of an `INTERACTION_CREATE` the stand-in dispatches. */
export type InteractionPayload = InteractionEnvelope &
  (
    | { type: 2 | 4; data: CommandData }
    | { type: 2; data: MessageCommandData }
    | {
        type: 3;
        data: { custom_id: string; component_type: number };
        message: Omit<StandInMessage, 'allowed_mentions'>;
      }
  );

/** The id and token that identify one interaction. */
export interface InteractionIds {
  id: string;
  token: string;
}

/** A member with no flags set; the enum has no zero member, hence the one cast. */
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;

/** A member joined a year before the interaction; old enough for any "new member" rule. */
function joinedAt(): string {
  return new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString();
}

function envelope(
  place: InteractionPlace,
  invoker: Invoker,
  ids: InteractionIds,
): InteractionEnvelope {
  return {
    id: ids.id,
    application_id: place.applicationId,
    token: ids.token,
    version: 1,
    guild_id: place.guildId,
    guild: { id: place.guildId, locale: Locale.EnglishGB, features: [] },
    channel_id: place.channelId,
    channel: {
      id: place.channelId,
      type: ChannelType.GuildText,
      guild_id: place.guildId,
      name: 'general',
    },
    member: {
      user: invoker.user,
      roles: [...invoker.roles],
      permissions: invoker.permissions,
      joined_at: joinedAt(),
      nick: null,
      avatar: null,
      premium_since: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: NO_MEMBER_FLAGS,
      communication_disabled_until: null,
    },
    app_permissions: invoker.appPermissions,
    locale: invoker.locale,
    guild_locale: Locale.EnglishGB,
    entitlements: [],
    authorizing_integration_owners: { 0: place.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: STAND_IN_DEFAULTS.attachmentSizeLimit,
  };
}

/** Builds a slash command (type 2) or autocomplete (type 4) interaction. */
export function buildCommandPayload(
  type: 2 | 4,
  place: InteractionPlace,
  invoker: Invoker,
  ids: InteractionIds,
  data: CommandData,
): InteractionPayload {
  return { ...envelope(place, invoker, ids), type, data };
}

/** Builds a message context-menu command (type 2, command type 3) on `data.target_id`. */
export function buildMessageCommandPayload(
  place: InteractionPlace,
  invoker: Invoker,
  ids: InteractionIds,
  data: MessageCommandData,
): InteractionPayload {
  return { ...envelope(place, invoker, ids), type: 2, data };
}

/** Builds a button press (type 3) on `message`, which Discord sends along. */
export function buildButtonPayload(
  place: InteractionPlace,
  invoker: Invoker,
  ids: InteractionIds,
  customId: string,
  message: StandInMessage,
): InteractionPayload {
  return {
    ...envelope(place, invoker, ids),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: toApiMessage(message),
  };
}
