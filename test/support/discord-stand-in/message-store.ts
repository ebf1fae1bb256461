import type { APIUser } from 'discord.js';
import type { AttachmentStore, StandInAttachment } from './attachment-store.ts';
import type {
  MessageData,
  StandInAllowedMentions,
  StandInComponent,
  StandInEmbed,
} from './message-data-schema.ts';
import type { UploadedFile } from './read-request-body.ts';

/** Message flags the stand-in reasons about. */
export const MessageFlag = {
  Ephemeral: 1 << 6,
  /** A deferred reply shows "Bot is thinking…" until its first edit. */
  Loading: 1 << 7,
} as const;

/** Which interaction a message answers, as Discord shows it on the message. */
export interface StandInInteractionMetadata {
  id: string;
  type: number;
  user: APIUser;
  authorizing_integration_owners: Record<string, string>;
  name?: string;
  command_type?: number;
  interacted_message_id?: string;
}

/**
 * A message as a user would see it now, in Discord's message object shape, plus the
 * `allowed_mentions` the bot last asked for (Discord applies but does not echo it).
 */
export interface StandInMessage {
  id: string;
  type: number;
  channel_id: string;
  guild_id: string;
  author: APIUser;
  content: string;
  embeds: StandInEmbed[];
  components: StandInComponent[];
  attachments: StandInAttachment[];
  flags: number;
  allowed_mentions: StandInAllowedMentions | null;
  timestamp: string;
  edited_timestamp: string | null;
  tts: false;
  mention_everyone: false;
  mentions: APIUser[];
  mention_roles: string[];
  pinned: false;
  webhook_id: string;
  application_id: string;
  interaction_metadata: StandInInteractionMetadata;
  /** The deprecated predecessor of `interaction_metadata`; discord.js 14 still reads it. */
  interaction: { id: string; type: number; name: string; user: APIUser };
}

/** What a new message is created from. */
export interface NewMessage {
  data: MessageData;
  files: readonly UploadedFile[];
  type: number;
  extraFlags: number;
  metadata: StandInInteractionMetadata;
}

/** An edit's `attachments` lists the existing files to keep; without it all are kept. */
function keptAttachments(message: StandInMessage, data: MessageData): StandInAttachment[] {
  if (data.attachments === undefined) return message.attachments;
  const keep = new Set((data.attachments ?? []).map((a) => String(a.id)));
  return message.attachments.filter((a) => keep.has(a.id));
}

/** Where new messages appear and who wrote them. */
export interface MessageStoreContext {
  nextId: () => string;
  attachments: AttachmentStore;
  author: APIUser;
  guildId: string;
  channelId: string;
  applicationId: string;
}

/** Messages the bot's interactions produced, shared so a button update changes the original. */
export class MessageStore {
  readonly #messages = new Map<string, StandInMessage>();
  readonly #context: MessageStoreContext;

  constructor(context: MessageStoreContext) {
    this.#context = context;
  }

  /** Creates and stores a message. */
  create({ data, files, type, extraFlags, metadata }: NewMessage): StandInMessage {
    const context = this.#context;
    const message: StandInMessage = {
      id: context.nextId(),
      type,
      channel_id: context.channelId,
      guild_id: context.guildId,
      author: context.author,
      content: data.content ?? '',
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      attachments: files.map((file) => this.#upload(file)),
      flags: (data.flags ?? 0) | extraFlags,
      allowed_mentions: data.allowed_mentions ?? null,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      webhook_id: context.applicationId,
      application_id: context.applicationId,
      interaction_metadata: metadata,
      interaction: {
        id: metadata.id,
        type: metadata.type,
        name: metadata.name ?? '',
        user: metadata.user,
      },
    };
    this.#messages.set(message.id, message);
    return message;
  }

  /** Applies an edit with PATCH semantics: absent fields stay, `null` clears. */
  edit(id: string, data: MessageData, files: readonly UploadedFile[]): StandInMessage | undefined {
    const message = this.#messages.get(id);
    if (message === undefined) return undefined;
    if (data.content !== undefined) message.content = data.content ?? '';
    if (data.embeds !== undefined) message.embeds = data.embeds ?? [];
    if (data.components !== undefined) message.components = data.components ?? [];
    if (data.allowed_mentions !== undefined) message.allowed_mentions = data.allowed_mentions;
    // Ephemerality is fixed at creation; the first edit of a deferred reply ends "thinking".
    const keptFlags = message.flags & MessageFlag.Ephemeral;
    if (data.flags !== undefined)
      message.flags = ((data.flags ?? 0) & ~MessageFlag.Ephemeral) | keptFlags;
    message.flags &= ~MessageFlag.Loading;
    message.attachments = [
      ...keptAttachments(message, data),
      ...files.map((file) => this.#upload(file)),
    ];
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  /** Stores a copy of a message a test hands in (a button's message), so edits do not leak. */
  adopt(message: StandInMessage): StandInMessage {
    const existing = this.#messages.get(message.id);
    if (existing !== undefined) return existing;
    const copy = structuredClone(message);
    this.#messages.set(copy.id, copy);
    return copy;
  }

  /** The message with this id, as it is now. */
  get(id: string): StandInMessage | undefined {
    return this.#messages.get(id);
  }

  /** Removes a message; false if it was not there. */
  delete(id: string): boolean {
    return this.#messages.delete(id);
  }

  #upload(file: UploadedFile): StandInAttachment {
    return this.#context.attachments.add({
      filename: file.filename,
      contentType: file.contentType,
      bytes: file.bytes,
    });
  }
}

/** A message as the API returns it: Discord applies `allowed_mentions` but does not echo it. */
export function toApiMessage(message: StandInMessage): Omit<StandInMessage, 'allowed_mentions'> {
  const { allowed_mentions: _, ...apiMessage } = message;
  return apiMessage;
}

/** Whether a new message would show nothing, which Discord refuses (code 50006). */
export function isEmptyMessage(data: MessageData, files: readonly UploadedFile[]): boolean {
  return (
    (data.content ?? '') === '' &&
    (data.embeds ?? []).length === 0 &&
    (data.components ?? []).length === 0 &&
    files.length === 0 &&
    data.poll === undefined
  );
}
