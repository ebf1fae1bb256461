import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from '../logger.ts';
import { answerButtons } from './answer-buttons.ts';
import { type AnswerPage, renderAnswerPages } from './answer-pages.ts';
import type { CommandReply } from './command-module.ts';
import { discordLimits } from './discord-limits.ts';
import { findLimitViolations } from './message-limits.ts';
import { pageButtons } from './page-buttons.ts';
import type { PageSessions } from './page-sessions.ts';
import { escapeUserText, truncateAtWord } from './safe-text.ts';

/** Nobody is ever pinged by anything the bot sends. */
export const noMentions = { parse: [] };

export interface ReplyServices {
  sessions: PageSessions;
  logger: Logger;
  pageExpiryMs: number;
}

/**
 * Sends a handler's reply: renders it, paginates with buttons when it does not fit, keeps
 * "not found" and failures private, and checks every payload against Discord's limits first.
 */
export async function sendCommandReply(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  reply: CommandReply,
  services: ReplyServices,
): Promise<void> {
  const unsuccessful = reply.kind === 'answer' ? !reply.answer.answered : !reply.ok;
  const ephemeral = reply.private || unsuccessful || interaction.ephemeral === true;
  const pages = reply.kind === 'answer' ? renderAnswerPages(reply.answer) : [noticePage(reply)];
  const first = pages[0] ?? { embeds: [] };
  // A public answer carries its own buttons (helpful, not helpful, dismiss), so it needs a
  // session even on one page.
  const answered = reply.kind === 'answer' && !ephemeral;
  const asked =
    reply.kind === 'answer'
      ? {
          command: reply.answer.command,
          query: reply.answer.query,
          council: reply.answer.council?.name ?? null,
        }
      : undefined;
  const session =
    pages.length > 1 || answered
      ? services.sessions.create(
          interaction.user.id,
          pages,
          ephemeral,
          answered ? asked : undefined,
        )
      : undefined;
  const components = session ? replyButtons(session.id, 0, pages.length, answered) : [];
  const files =
    reply.kind === 'answer' && reply.files
      ? reply.files.map((file) => ({
          attachment: Buffer.from(file.data),
          name: file.name,
          description: file.description,
        }))
      : [];
  const payload = { ...checked({ embeds: first.embeds, components }), files };

  // A deferral that had to go out before the answer was known may be public while the answer
  // must be private ("not found"): Discord cannot make a message private afterwards, so the
  // public "thinking…" is removed and the answer follows privately.
  let followUpId: string | undefined;
  if (interaction.deferred && !interaction.replied && ephemeral && !interaction.ephemeral) {
    await interaction.deleteReply();
    followUpId = (
      await interaction.followUp({
        ...payload,
        allowedMentions: noMentions,
        flags: MessageFlags.Ephemeral,
      })
    ).id;
  } else if (interaction.deferred || interaction.replied) {
    await interaction.editReply({ ...payload, allowedMentions: noMentions });
  } else {
    await interaction.reply({
      ...payload,
      allowedMentions: noMentions,
      ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    });
  }
  if (session) {
    // Interaction tokens outlive the session; take the buttons away so nobody presses dead ones.
    setTimeout(() => {
      interaction
        .editReply({
          components: [],
          allowedMentions: noMentions,
          ...(followUpId === undefined ? {} : { message: followUpId }),
        })
        .catch((err: unknown) => {
          services.logger.debug(
            { err, sessionId: session.id },
            'could not remove expired page buttons',
          );
        });
    }, services.pageExpiryMs).unref();
  }
}

/** Sends a short private message (an error, a refusal, a cooldown), whatever state the interaction is in. */
export async function sendPrivateMessage(
  interaction: RepliableInteraction,
  text: string,
): Promise<void> {
  const content = truncateAtWord(escapeUserText(text), discordLimits.content);
  if (interaction.deferred && !interaction.replied && interaction.ephemeral === true) {
    await interaction.editReply({
      content,
      embeds: [],
      components: [],
      allowedMentions: noMentions,
    });
  } else if (interaction.deferred || interaction.replied) {
    // Deferred in public (the answer was queued): the public "thinking…" gives way to a
    // private message, as private messages must stay private.
    if (!interaction.replied) await interaction.deleteReply();
    await interaction.followUp({
      content,
      allowedMentions: noMentions,
      flags: MessageFlags.Ephemeral,
    });
  } else {
    await interaction.reply({
      content,
      allowedMentions: noMentions,
      flags: MessageFlags.Ephemeral,
    });
  }
}

/** Renders one page of a paginated reply with its buttons, checked against the limits. */
export function pagePayload(
  pages: AnswerPage[],
  sessionId: string,
  index: number,
  withAnswerButtons = false,
): { embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] } {
  const page = pages[index] ?? pages[0] ?? { embeds: [] };
  return checked({
    embeds: page.embeds,
    components: replyButtons(sessionId, index, pages.length, withAnswerButtons),
  });
}

/** The button rows under a reply: pages when there are several, then the answer's own. */
function replyButtons(
  sessionId: string,
  index: number,
  total: number,
  withAnswerButtons: boolean,
): APIActionRowComponent<APIButtonComponent>[] {
  return [
    ...(total > 1 ? [pageButtons(sessionId, index, total)] : []),
    ...(withAnswerButtons ? [answerButtons(sessionId)] : []),
  ];
}

function noticePage(reply: Extract<CommandReply, { kind: 'notice' }>): AnswerPage {
  const lines = reply.lines.map(escapeUserText);
  let description = '';
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    const next = description ? `${description}\n${line}` : line;
    if (next.length > discordLimits.embedDescription - 40) {
      description += `\n…and ${rest} more`;
      break;
    }
    description = next;
  }
  return {
    embeds: [
      {
        title: truncateAtWord(escapeUserText(reply.title), discordLimits.embedTitle),
        ...(description ? { description } : {}),
        color: reply.ok ? 0x2e7d32 : 0xc62828,
      },
    ],
  };
}

function checked<
  T extends { embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] },
>(payload: T): T {
  const problems = findLimitViolations(payload);
  if (problems.length > 0)
    throw new Error(`reply would break Discord's limits: ${problems.join('; ')}`);
  return payload;
}
