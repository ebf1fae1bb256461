import { z } from 'zod';
import { CallbackType, type InteractionRecord } from './interaction-record.ts';
import { invalidFormBody } from './invalid-form-body.ts';
import { autocompleteDataSchema, messageDataSchema } from './message-data-schema.ts';
import { isEmptyMessage, MessageFlag, type StandInMessage, toApiMessage } from './message-store.ts';
import type { UploadedFile } from './read-request-body.ts';
import { discordError, type RestRoute, type RouteResult } from './rest-route.ts';
import type { StandInState } from './stand-in-state.ts';

const callbackSchema = z.looseObject({ type: z.number().int(), data: z.unknown().optional() });
const deferSchema = z.looseObject({ flags: z.number().int().optional() }).optional();
const modalSchema = z.looseObject({
  custom_id: z.string().min(1).max(100),
  title: z.string().min(1).max(45),
  components: z.array(z.unknown()).min(1).max(5),
});

/** Which callback types Discord accepts for each interaction type. */
const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

const UNKNOWN_INTERACTION = discordError(404, 10062, 'Unknown interaction');

/** Applies one callback to the record; returns an error answer if Discord would refuse it. */
function applyCallback(
  state: StandInState,
  record: InteractionRecord,
  type: number,
  data: unknown,
  files: readonly UploadedFile[],
): RouteResult | undefined {
  const invalid = (issues: z.core.$ZodIssue[]): RouteResult => ({
    status: 400,
    body: invalidFormBody(issues, ['data']),
  });
  const messageType = record.type === 2 ? 20 : 0;
  switch (type) {
    case CallbackType.Reply: {
      const parsed = messageDataSchema.safeParse(data ?? {});
      if (!parsed.success) return invalid(parsed.error.issues);
      if (isEmptyMessage(parsed.data, files))
        return discordError(400, 50006, 'Cannot send an empty message');
      const message = state.messages.create({
        data: parsed.data,
        files,
        type: messageType,
        extraFlags: 0,
        metadata: record.metadata,
      });
      record.originalMessageId = message.id;
      return undefined;
    }
    case CallbackType.DeferredReply: {
      const parsed = deferSchema.safeParse(data);
      if (!parsed.success) return invalid(parsed.error.issues);
      const flags = ((parsed.data?.flags ?? 0) & MessageFlag.Ephemeral) | MessageFlag.Loading;
      const message = state.messages.create({
        data: {},
        files: [],
        type: messageType,
        extraFlags: flags,
        metadata: record.metadata,
      });
      record.originalMessageId = message.id;
      return undefined;
    }
    case CallbackType.Update: {
      const parsed = messageDataSchema.safeParse(data ?? {});
      if (!parsed.success) return invalid(parsed.error.issues);
      if (record.originalMessageId !== null)
        state.messages.edit(record.originalMessageId, parsed.data, files);
      return undefined;
    }
    case CallbackType.AutocompleteResult: {
      const parsed = autocompleteDataSchema.safeParse(data);
      return parsed.success ? undefined : invalid(parsed.error.issues);
    }
    case CallbackType.Modal: {
      const parsed = modalSchema.safeParse(data);
      return parsed.success ? undefined : invalid(parsed.error.issues);
    }
    default:
      return undefined;
  }
}

/** Discord's `with_response=true` answer: the interaction callback and what it produced. */
function callbackResponse(
  record: InteractionRecord,
  type: number,
  message: StandInMessage | undefined,
): unknown {
  return {
    interaction: {
      id: record.id,
      type: record.type,
      response_message_id: message?.id,
      response_message_loading:
        message === undefined ? undefined : (message.flags & MessageFlag.Loading) !== 0,
      response_message_ephemeral:
        message === undefined ? undefined : (message.flags & MessageFlag.Ephemeral) !== 0,
    },
    resource: message === undefined ? { type } : { type, message: toApiMessage(message) },
  };
}

/** `POST /interactions/:id/:token/callback`: the bot's first answer to an interaction. */
export function interactionCallbackRoute(state: StandInState): RestRoute {
  return {
    pattern: 'POST /interactions/:id/:token/callback',
    auth: false,
    handle({ params, query, body }) {
      const record = state.interactionsById.get(params.id ?? '');
      if (record === undefined || record.token !== params.token) return UNKNOWN_INTERACTION;
      if (record.callbacks.length > 0) {
        return discordError(400, 40060, 'Interaction has already been acknowledged.');
      }
      // Discord drops an interaction that was not acknowledged in time.
      if (Date.now() - record.dispatchedAt > state.interactionDeadlineMs)
        return UNKNOWN_INTERACTION;
      const parsed = callbackSchema.safeParse(body.json);
      if (!parsed.success) return { status: 400, body: invalidFormBody(parsed.error.issues) };
      const { type, data } = parsed.data;
      if (!(ALLOWED_CALLBACKS[record.type] ?? []).includes(type)) {
        return discordError(
          400,
          50035,
          `Callback type ${type} is not valid for interaction type ${record.type}`,
        );
      }
      const refused = applyCallback(state, record, type, data, body.files);
      if (refused !== undefined) return refused;
      record.record({ kind: 'callback', type, data });
      if (query.get('with_response') !== 'true') return { status: 204 };
      const shows = type !== CallbackType.AutocompleteResult && type !== CallbackType.Modal;
      return {
        status: 200,
        body: callbackResponse(record, type, shows ? record.originalMessage : undefined),
      };
    },
  };
}
