export type { AttachmentInput, StandInAttachment } from './attachment-store.ts';
export type { CommandOptionDefinition } from './command-definition-schema.ts';
export type { InteractionOption, OptionsInput, OptionValue } from './command-options.ts';
export { createTestClient, type TestClientOptions } from './create-test-client.ts';
export { DiscordStandIn, type TokenCheckScope } from './discord-stand-in.ts';
export { type FakeUser, memberPermissions, type PermissionsInput } from './fake-user.ts';
export type { FaultOptions } from './fault-injector.ts';
export { GatewayCloseCode, type IdentifyData } from './gateway-protocol.ts';
export type { GatewayClose } from './gateway-server.ts';
export type {
  AutocompleteInput,
  ButtonPressInput,
  InvokerInput,
  MessageCommandInput,
  SlashCommandInput,
} from './interaction-factory.ts';
export {
  type CallbackRecord,
  CallbackType,
  type InteractionAction,
  InteractionRecord,
  type WaitOptions,
} from './interaction-record.ts';
export { MESSAGE_LIMITS, type StandInComponent, type StandInEmbed } from './message-data-schema.ts';
export { MessageFlag, type StandInMessage } from './message-store.ts';
export { formatRequest, type RequestLogEntry } from './request-log-entry.ts';
export type { RouteMatcher, RouteRequest } from './route-matcher.ts';
export { type StandInGuild, shardOfGuild } from './shard-guilds.ts';
export { STAND_IN_DEFAULTS } from './stand-in-defaults.ts';
export type {
  DiscordStandInOptions,
  RegisteredCommand,
  RegisteredCommandSet,
} from './stand-in-state.ts';
export { startDiscordStandIn } from './start-discord-stand-in.ts';
