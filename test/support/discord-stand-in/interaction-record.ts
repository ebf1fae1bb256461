import type { InteractionPayload } from './interaction-payloads.ts';
import {
  type AutocompleteData,
  autocompleteDataSchema,
  type MessageData,
} from './message-data-schema.ts';
import {
  MessageFlag,
  type MessageStore,
  type StandInInteractionMetadata,
  type StandInMessage,
} from './message-store.ts';
import { formatRequest, type RequestLogEntry } from './request-log-entry.ts';

/** Interaction callback types (Discord's `InteractionResponseType`). */
export const CallbackType = {
  Reply: 4,
  DeferredReply: 5,
  DeferredUpdate: 6,
  Update: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;

const CALLBACK_NAMES: Record<number, string> = {
  4: 'reply',
  5: 'deferred reply',
  6: 'deferred update',
  7: 'update message',
  8: 'autocomplete result',
  9: 'modal',
};

/** A callback the bot made (`POST /interactions/{id}/{token}/callback`). */
export interface CallbackRecord {
  type: number;
  data: unknown;
}

/** Something the bot did for one interaction token, in the order it happened. */
export type InteractionAction =
  | { kind: 'callback'; type: number; data: unknown }
  | { kind: 'edit'; messageId: string; original: boolean; data: MessageData }
  | { kind: 'followUp'; messageId: string; data: MessageData }
  | { kind: 'delete'; messageId: string; original: boolean };

/** How long to wait for the bot, in milliseconds. */
export interface WaitOptions {
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5_000;

interface Waiter {
  isDone: () => boolean;
  settle: () => void;
  fail: (error: Error) => void;
}

/** What the record needs to know about the interaction it follows. */
export interface InteractionRecordInit {
  id: string;
  token: string;
  /** The interaction type: 2 command, 3 component, 4 autocomplete. */
  type: number;
  /** How the interaction reads in messages, e.g. `/ask` or `button "more"`. */
  label: string;
  payload: InteractionPayload;
  /** How messages answering this interaction name it (`interaction_metadata`). */
  metadata: StandInInteractionMetadata;
  messages: MessageStore;
  /** For a component interaction: the message the component is on, which `@original` edits. */
  componentMessageId?: string;
}

/** Everything the bot did for one interaction, with helpers to wait for and read its answer. */
export class InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  readonly label: string;
  /** The `INTERACTION_CREATE` data the stand-in dispatched. */
  readonly payload: InteractionPayload;
  readonly metadata: StandInInteractionMetadata;
  readonly dispatchedAt = Date.now();
  readonly actions: InteractionAction[] = [];
  /** Every HTTP request made with this interaction's id or token, failures included. */
  readonly requests: RequestLogEntry[] = [];
  /** Id of the message `@original` refers to, once there is one. */
  originalMessageId: string | null;
  readonly followUpIds: string[] = [];
  readonly #messages: MessageStore;
  readonly #waiters = new Set<Waiter>();

  constructor(init: InteractionRecordInit) {
    this.id = init.id;
    this.token = init.token;
    this.type = init.type;
    this.label = init.label;
    this.payload = init.payload;
    this.metadata = init.metadata;
    this.#messages = init.messages;
    this.originalMessageId = init.componentMessageId ?? null;
  }

  /** The callbacks in order: type and data. */
  get callbacks(): CallbackRecord[] {
    return this.actions.flatMap((a) =>
      a.kind === 'callback' ? [{ type: a.type, data: a.data }] : [],
    );
  }

  /** True once a user would see a complete answer (not just "thinking…"). */
  get isComplete(): boolean {
    let deferred = false;
    for (const action of this.actions) {
      if (action.kind === 'callback') {
        if (
          action.type === CallbackType.DeferredReply ||
          action.type === CallbackType.DeferredUpdate
        ) {
          deferred = true;
        } else return true;
      } else if (
        deferred &&
        (action.kind === 'followUp' || (action.kind === 'edit' && action.original))
      ) {
        return true;
      }
    }
    return false;
  }

  /** The `@original` message as it is now, if there is one. */
  get originalMessage(): StandInMessage | undefined {
    return this.originalMessageId === null ? undefined : this.#messages.get(this.originalMessageId);
  }

  /** The `@original` message as a user sees it now; throws, listing what happened, if none. */
  get finalMessage(): StandInMessage {
    const message = this.originalMessage;
    if (message === undefined) {
      throw new Error(`discord-stand-in: ${this.label} has no message to show. ${this.describe()}`);
    }
    return message;
  }

  /** Follow-up messages as they are now (deleted ones left out). */
  get followUps(): StandInMessage[] {
    return this.followUpIds.flatMap((id) => this.#messages.get(id) ?? []);
  }

  /** Whether the answer is ephemeral (only the invoking user sees it). */
  get isEphemeral(): boolean {
    return ((this.originalMessage?.flags ?? 0) & MessageFlag.Ephemeral) !== 0;
  }

  /** The autocomplete choices the bot offered; throws if it sent none. */
  get choices(): AutocompleteData['choices'] {
    const result = this.actions.find(
      (a) => a.kind === 'callback' && a.type === CallbackType.AutocompleteResult,
    );
    if (result?.kind !== 'callback') {
      throw new Error(
        `discord-stand-in: ${this.label} got no autocomplete result. ${this.describe()}`,
      );
    }
    return autocompleteDataSchema.parse(result.data).choices;
  }

  /** Resolves once the bot has answered visibly (see `isComplete`); rejects after the timeout. */
  waitForResponse(options: WaitOptions = {}): Promise<this> {
    return this.waitUntil(() => this.isComplete, 'a complete response', options);
  }

  /** Resolves once `condition` holds for this record; rejects after the timeout. */
  waitUntil(
    condition: (record: this) => boolean,
    what: string,
    options: WaitOptions = {},
  ): Promise<this> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        isDone: () => condition(this),
        settle: () => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve(this);
        },
        fail: (error) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        waiter.fail(
          new Error(
            `discord-stand-in: no ${what} to ${this.label} within ${timeoutMs} ms. ${this.describe()}`,
          ),
        );
      }, timeoutMs);
      this.#waiters.add(waiter);
      if (waiter.isDone()) waiter.settle();
    });
  }

  /** Adds something the bot did and wakes any waiter it satisfies. */
  record(action: InteractionAction): void {
    this.actions.push(action);
    if (action.kind === 'followUp') this.followUpIds.push(action.messageId);
    this.notify();
  }

  /** Re-checks waiters, e.g. after a request failed or a shared message changed. */
  notify(): void {
    for (const waiter of [...this.#waiters]) if (waiter.isDone()) waiter.settle();
  }

  /** Rejects every pending wait, so a stopped stand-in leaves no timers behind. */
  cancelWaits(reason: string): void {
    for (const waiter of [...this.#waiters]) {
      waiter.fail(
        new Error(`discord-stand-in: ${reason} while waiting on ${this.label}. ${this.describe()}`),
      );
    }
  }

  /** One paragraph on what the bot did so far, for failure messages. */
  describe(): string {
    const lines = [`Interaction ${this.id} (type ${this.type}) received:`];
    if (this.actions.length === 0) lines.push('  nothing');
    for (const action of this.actions) {
      if (action.kind === 'callback') {
        lines.push(`  callback ${action.type} (${CALLBACK_NAMES[action.type] ?? 'unknown'})`);
      } else {
        const target =
          action.kind !== 'followUp' && action.original ? '@original' : action.messageId;
        lines.push(`  ${action.kind} ${target}`);
      }
    }
    const failed = this.requests.filter((r) => r.status >= 400);
    if (failed.length > 0)
      lines.push('Failed requests:', ...failed.map((r) => `  ${formatRequest(r)}`));
    return lines.join('\n');
  }
}
