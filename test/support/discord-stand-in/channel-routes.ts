import { invalidFormBody } from './invalid-form-body.ts';
import { type MessageData, messageDataSchema } from './message-data-schema.ts';
import type { RestRoute } from './rest-route.ts';
import type { StandInState } from './stand-in-state.ts';

/** A message the bot posted to a channel on its own (not as an interaction's reply). */
export interface ChannelPost {
  id: string;
  channelId: string;
  data: MessageData;
}

/**
 * `POST /channels/{id}/messages`: the bot posting in a channel (an announcement), checked
 * against the same message rules as replies, and kept for tests to read.
 */
export function channelRoutes(state: StandInState, posts: ChannelPost[]): RestRoute[] {
  return [
    {
      pattern: 'POST /channels/:channelId/messages',
      auth: true,
      handle({ params, body }) {
        const parsed = messageDataSchema.safeParse(body.json ?? {});
        if (!parsed.success) return { status: 400, body: invalidFormBody(parsed.error.issues) };
        const post = { id: state.nextId(), channelId: params.channelId ?? '', data: parsed.data };
        posts.push(post);
        return {
          status: 200,
          body: {
            id: post.id,
            channel_id: post.channelId,
            type: 0,
            content: parsed.data.content ?? '',
            embeds: parsed.data.embeds ?? [],
            author: state.bot,
            timestamp: new Date().toISOString(),
          },
        };
      },
    },
  ];
}
