import type { APIAttachment } from 'discord.js';

/** A file to offer the bot, as a user would attach it to a command. */
export interface AttachmentInput {
  filename: string;
  contentType: string;
  bytes: Uint8Array | string;
}

/** An attachment object as Discord puts it in `data.resolved.attachments`. */
export type StandInAttachment = APIAttachment & { content_type: string };

interface StoredFile {
  attachment: StandInAttachment;
  bytes: Uint8Array;
}

/**
 * Files the stand-in serves on loopback at `/attachments/<id>/<filename>`: the ones tests add
 * for the bot to download, and the ones the bot uploads with its messages.
 */
export class AttachmentStore {
  readonly #files = new Map<string, StoredFile>();
  readonly #baseUrl: string;
  readonly #nextId: () => string;

  constructor(baseUrl: string, nextId: () => string) {
    this.#baseUrl = baseUrl;
    this.#nextId = nextId;
  }

  /** Stores a file and returns its attachment object with a downloadable `url`. */
  add(input: AttachmentInput): StandInAttachment {
    const id = this.#nextId();
    const bytes =
      typeof input.bytes === 'string' ? new TextEncoder().encode(input.bytes) : input.bytes;
    const url = `${this.#baseUrl}/attachments/${id}/${encodeURIComponent(input.filename)}`;
    const attachment: StandInAttachment = {
      id,
      filename: input.filename,
      size: bytes.byteLength,
      url,
      // Discord's media proxy serves the same bytes; the stand-in has one host for both.
      proxy_url: url,
      content_type: input.contentType,
    };
    this.#files.set(id, { attachment, bytes });
    return attachment;
  }

  /** Finds a stored file by the id and filename of its URL path. */
  find(id: string, filename: string): StoredFile | undefined {
    const file = this.#files.get(id);
    return file?.attachment.filename === filename ? file : undefined;
  }
}
