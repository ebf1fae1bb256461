import { randomBytes } from 'node:crypto';
import { type APIMessage, Locale, MessageType, PermissionFlagsBits } from 'discord.js';
import { buildCommandOptions, type OptionsInput, type OptionValue } from './command-options.ts';
import { type FakeUser, type PermissionsInput, toPermissionString } from './fake-user.ts';
import {
  buildButtonPayload,
  buildCommandPayload,
  buildMessageCommandPayload,
  type CommandData,
  type InteractionPayload,
  type InteractionPlace,
  type Invoker,
} from './interaction-payloads.ts';
import { InteractionRecord } from './interaction-record.ts';
import { flattenComponents } from './message-data-schema.ts';
import type { MessageStore, StandInMessage } from './message-store.ts';
import type { RegisteredCommand } from './stand-in-state.ts';

/** What a bot can typically do in a channel: read, write, embed, attach. */
const DEFAULT_APP_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis;

/** Who triggers the interaction; each part has a default (a plain member with no permissions). */
export interface InvokerInput {
  user?: FakeUser;
  /** Member permissions: a decimal string or bigint, e.g. `memberPermissions.manageServer`. */
  permissions?: PermissionsInput;
  /** Role ids; discord.js only resolves roles the guild it cached knows. */
  roles?: readonly string[];
  locale?: Locale;
  /** The bot's permissions in the channel; defaults to read, send, embed and attach. */
  appPermissions?: PermissionsInput;
  /** Which of the stand-in's guilds it happens in (`standIn.guilds`); the first by default. */
  guildId?: string;
}

/** A slash command as a user would run it. */
export interface SlashCommandInput extends InvokerInput {
  name: string;
  options?: OptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
  /** Extra `data.resolved` entries (users, members, roles, channels) for raw options. */
  resolved?: Record<string, unknown>;
}

/** A user typing into an option with autocomplete. */
export interface AutocompleteInput extends InvokerInput {
  name: string;
  options?: Readonly<Record<string, OptionValue>>;
  /** The option being typed; its value is sent as text, `''` if absent from `options`. */
  focused: string;
  subcommand?: string;
  subcommandGroup?: string;
}

/** A press of a button on a message the bot sent. */
export interface ButtonPressInput extends InvokerInput {
  customId: string;
  /** The message the button is on, e.g. a previous interaction's `finalMessage`. */
  message: StandInMessage;
}

/** A message context-menu command chosen on someone's message. */
export interface MessageCommandInput extends InvokerInput {
  /** The context-menu command's name, e.g. "Check with the reports". */
  name: string;
  /** The message it is chosen on: someone's text in the channel. */
  message: { content: string; author: FakeUser; id?: string };
}

/** What building an interaction needs from the stand-in. */
export interface InteractionFactoryContext {
  place: InteractionPlace;
  nextId: () => string;
  defaultUser: FakeUser;
  messages: MessageStore;
  /** `type` 1 is a slash command (the default), 3 a message context-menu command. */
  findCommand: (name: string, type?: number) => RegisteredCommand | undefined;
}

/** A built interaction: the record that will collect the bot's answer, and what to dispatch. */
export interface BuiltInteraction {
  record: InteractionRecord;
  payload: InteractionPayload;
}

function invoker(input: InvokerInput, fallbackUser: FakeUser): Invoker {
  return {
    user: input.user ?? fallbackUser,
    permissions: toPermissionString(input.permissions ?? 0n),
    roles: input.roles ?? [],
    appPermissions: toPermissionString(input.appPermissions ?? DEFAULT_APP_PERMISSIONS),
    locale: input.locale ?? Locale.EnglishGB,
  };
}

/** Interaction tokens are long opaque strings; base64url keeps them URL-safe like Discord's. */
function newIds(context: InteractionFactoryContext): { id: string; token: string } {
  return { id: context.nextId(), token: `aW50ZXJhY3Rpb24${randomBytes(48).toString('base64url')}` };
}

/** Builds a slash command (type 2) or an autocomplete request (type 4). */
export function buildCommandInteraction(
  context: InteractionFactoryContext,
  input: SlashCommandInput | AutocompleteInput,
): BuiltInteraction {
  const focused = 'focused' in input ? input.focused : undefined;
  const type = focused === undefined ? 2 : 4;
  const command = context.findCommand(input.name);
  const built = buildCommandOptions({
    command: input.name,
    options: input.options,
    subcommand: input.subcommand,
    subcommandGroup: input.subcommandGroup,
    definition: command === undefined ? undefined : (command.options ?? []),
    focused,
  });
  const extraResolved = 'resolved' in input ? input.resolved : undefined;
  const attachments =
    Object.keys(built.attachments).length > 0 ? { attachments: built.attachments } : {};
  const resolved = { ...extraResolved, ...attachments };
  const data: CommandData = {
    // A registered command keeps the id Discord gave it, so `commandId` matches.
    id: command?.id ?? context.nextId(),
    name: input.name,
    type: 1,
    ...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
    ...(built.options.length > 0 ? { options: built.options } : {}),
    ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
  };
  const who = invoker(input, context.defaultUser);
  const ids = newIds(context);
  const payload = buildCommandPayload(type, context.place, who, ids, data);
  const path = [input.subcommandGroup, input.subcommand].filter((p) => p !== undefined);
  const commandText = `/${[input.name, ...path].join(' ')}`;
  const record = new InteractionRecord({
    ...ids,
    type,
    label: focused === undefined ? commandText : `autocomplete of ${commandText} (${focused})`,
    payload,
    messages: context.messages,
    metadata: {
      id: ids.id,
      type,
      user: who.user,
      authorizing_integration_owners: { 0: context.place.guildId },
      name: input.name,
      command_type: 1,
    },
  });
  return { record, payload };
}

/** Builds a button press (type 3), refusing buttons a user could not press. */
export function buildButtonInteraction(
  context: InteractionFactoryContext,
  input: ButtonPressInput,
): BuiltInteraction {
  // The user presses the message as it is now, not as the test last saw it.
  const message = context.messages.get(input.message.id) ?? context.messages.adopt(input.message);
  const buttons = flattenComponents(message.components).filter((c) => c.type === 2);
  const button = buttons.find((c) => c.custom_id === input.customId);
  if (button === undefined) {
    const ids = buttons.map((c) => c.custom_id ?? '(link)').join(', ') || 'none';
    throw new Error(
      `discord-stand-in: message ${message.id} has no button "${input.customId}" (buttons: ${ids})`,
    );
  }
  if (button.disabled === true) {
    throw new Error(
      `discord-stand-in: button "${input.customId}" is disabled; a user cannot press it`,
    );
  }
  // By default the user who ran the command presses its buttons.
  const who = invoker(input, input.user ?? message.interaction_metadata.user);
  const ids = newIds(context);
  const payload = buildButtonPayload(context.place, who, ids, input.customId, message);
  const record = new InteractionRecord({
    ...ids,
    type: 3,
    label: `button "${input.customId}"`,
    payload,
    messages: context.messages,
    componentMessageId: message.id,
    metadata: {
      id: ids.id,
      type: 3,
      user: who.user,
      authorizing_integration_owners: { 0: context.place.guildId },
      interacted_message_id: message.id,
    },
  });
  return { record, payload };
}

/** Builds a message context-menu command on a user's message, resolved as Discord sends it. */
export function buildMessageCommandInteraction(
  context: InteractionFactoryContext,
  input: MessageCommandInput,
): BuiltInteraction {
  const command = context.findCommand(input.name, 3);
  const target: APIMessage = {
    id: input.message.id ?? context.nextId(),
    channel_id: context.place.channelId,
    author: input.message.author,
    content: input.message.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
  };
  const who = invoker(input, context.defaultUser);
  const ids = newIds(context);
  const payload = buildMessageCommandPayload(context.place, who, ids, {
    id: command?.id ?? context.nextId(),
    name: input.name,
    type: 3,
    ...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
  });
  const record = new InteractionRecord({
    ...ids,
    type: 2,
    label: `context menu "${input.name}"`,
    payload,
    messages: context.messages,
    metadata: {
      id: ids.id,
      type: 2,
      user: who.user,
      authorizing_integration_owners: { 0: context.place.guildId },
      name: input.name,
      command_type: 3,
    },
  });
  return { record, payload };
}
