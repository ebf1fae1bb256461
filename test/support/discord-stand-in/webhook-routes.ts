import type { InteractionRecord } from './interaction-record.ts';
import { invalidFormBody } from './invalid-form-body.ts';
import { messageDataSchema } from './message-data-schema.ts';
import { isEmptyMessage, type StandInMessage, toApiMessage } from './message-store.ts';
import { discordError, type RestRoute, type RouteResult } from './rest-route.ts';
import type { StandInState } from './stand-in-state.ts';

const UNKNOWN_WEBHOOK = discordError(404, 10015, 'Unknown Webhook');
const UNKNOWN_MESSAGE = discordError(404, 10008, 'Unknown Message');
const MESSAGE_PATH = '/webhooks/:applicationId/:token/messages/:messageId';

/** The interaction an interaction webhook belongs to; it exists once the bot acknowledged. */
function findRecord(
  state: StandInState,
  params: Readonly<Record<string, string>>,
): InteractionRecord | undefined {
  const record = state.interactionsByToken.get(params.token ?? '');
  if (params.applicationId !== state.applicationId || record === undefined) return undefined;
  return record.callbacks.length > 0 ? record : undefined;
}

interface Target {
  record: InteractionRecord;
  message: StandInMessage;
  original: boolean;
}

/** Resolves `@original` or a follow-up id to a message of this interaction. */
function findTarget(
  state: StandInState,
  params: Readonly<Record<string, string>>,
): Target | RouteResult {
  const record = findRecord(state, params);
  if (record === undefined) return UNKNOWN_WEBHOOK;
  const original =
    params.messageId === '@original' || params.messageId === record.originalMessageId;
  const id = original ? record.originalMessageId : params.messageId;
  const ours = original || record.followUpIds.includes(id ?? '');
  const message = ours && id !== null && id !== undefined ? state.messages.get(id) : undefined;
  return message === undefined ? UNKNOWN_MESSAGE : { record, message, original };
}

function isTarget(found: Target | RouteResult): found is Target {
  return 'record' in found;
}

/** Interaction webhook routes: follow-ups and reading, editing, deleting replies. */
export function webhookRoutes(state: StandInState): RestRoute[] {
  return [
    {
      pattern: `GET ${MESSAGE_PATH}`,
      auth: false,
      handle({ params }) {
        const found = findTarget(state, params);
        return isTarget(found) ? { status: 200, body: toApiMessage(found.message) } : found;
      },
    },
    {
      pattern: `PATCH ${MESSAGE_PATH}`,
      auth: false,
      handle({ params, body }) {
        const found = findTarget(state, params);
        if (!isTarget(found)) return found;
        const parsed = messageDataSchema.safeParse(body.json ?? {});
        if (!parsed.success) return { status: 400, body: invalidFormBody(parsed.error.issues) };
        const message =
          state.messages.edit(found.message.id, parsed.data, body.files) ?? found.message;
        found.record.record({
          kind: 'edit',
          messageId: message.id,
          original: found.original,
          data: parsed.data,
        });
        return { status: 200, body: toApiMessage(message) };
      },
    },
    {
      pattern: `DELETE ${MESSAGE_PATH}`,
      auth: false,
      handle({ params }) {
        const found = findTarget(state, params);
        if (!isTarget(found)) return found;
        state.messages.delete(found.message.id);
        found.record.record({
          kind: 'delete',
          messageId: found.message.id,
          original: found.original,
        });
        return { status: 204 };
      },
    },
    {
      pattern: 'POST /webhooks/:applicationId/:token',
      auth: false,
      handle({ params, query, body }) {
        const record = findRecord(state, params);
        if (record === undefined) return UNKNOWN_WEBHOOK;
        const parsed = messageDataSchema.safeParse(body.json ?? {});
        if (!parsed.success) return { status: 400, body: invalidFormBody(parsed.error.issues) };
        if (isEmptyMessage(parsed.data, body.files)) {
          return discordError(400, 50006, 'Cannot send an empty message');
        }
        const message = state.messages.create({
          data: parsed.data,
          files: body.files,
          type: 0,
          extraFlags: 0,
          metadata: record.metadata,
        });
        record.record({ kind: 'followUp', messageId: message.id, data: parsed.data });
        // Without wait=true Discord answers before the message exists.
        return query.get('wait') === 'true'
          ? { status: 200, body: toApiMessage(message) }
          : { status: 204 };
      },
    },
  ];
}
