import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from 'discord.js';

/** What a press of one of an answer's own buttons asks for. */
export type AnswerButton =
  | { action: 'helpful' | 'unhelpful'; sessionId: string }
  | { action: 'dismiss'; sessionId: string };

const pattern = /^answer:([0-9a-f]{1,32}):(helpful|unhelpful|dismiss)$/;

/** The row under a public answer: was it helpful, and a way for the asker to take it down. */
export function answerButtons(sessionId: string): APIActionRowComponent<APIButtonComponent> {
  const button = (
    label: string,
    action: string,
    style: ButtonStyle.Secondary | ButtonStyle.Danger,
  ) => ({
    type: ComponentType.Button as const,
    style,
    label,
    custom_id: `answer:${sessionId}:${action}`,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('Helpful', 'helpful', ButtonStyle.Secondary),
      button('Not helpful', 'unhelpful', ButtonStyle.Secondary),
      button('Dismiss', 'dismiss', ButtonStyle.Danger),
    ],
  };
}

/** Reads an answer button's custom id; undefined for any other component. */
export function parseAnswerButton(customId: string): AnswerButton | undefined {
  const match = pattern.exec(customId);
  if (!match) return undefined;
  const sessionId = match[1] ?? '';
  const action = match[2];
  return action === 'dismiss'
    ? { action, sessionId }
    : { action: action === 'helpful' ? 'helpful' : 'unhelpful', sessionId };
}
