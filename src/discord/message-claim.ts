import type { Message } from 'discord.js';
import { maxQueryLength } from '../answer/command-catalogue.ts';
import { UserError } from '../user-error.ts';

/** A message's claim and who made it, as plain text. */
export interface MessageClaim {
  text: string;
  author: string;
}

/** Mentions (`<@id>`, `<@&id>`, `<#id>`, `@everyone`, `@here`) address people; they are not the claim. */
const mentionMarkup = /<(@[!&]?|#)\d+>|@(everyone|here)\b/g;

/**
 * Reads the claim out of a message someone chose "Check with the reports" on: its text without
 * mention markup, and its author's display name (shown as text, never as a mention). A message
 * with no text, or too long to check, is refused plainly.
 */
export function messageClaim(message: Message): MessageClaim {
  const text = message.content.replace(mentionMarkup, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') {
    throw new UserError(
      'bad-input',
      'That message has no text I can check (only attachments, embeds or mentions).',
    );
  }
  if (text.length > maxQueryLength) {
    throw new UserError(
      'bad-input',
      `That message is ${text.length} characters; I check claims of at most ${maxQueryLength}. Copy the claim itself into /check claim:… instead.`,
    );
  }
  return { text, author: message.member?.displayName ?? message.author.displayName };
}
