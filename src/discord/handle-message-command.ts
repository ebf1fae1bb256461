import type { MessageContextMenuCommandInteraction } from 'discord.js';
import type { Config } from '../config.ts';
import type { AnswerQueue } from './answer-queue.ts';
import { guardDeadline } from './answer-queue-deadline.ts';
import type { CommandContext, CommandModule } from './command-module.ts';
import type { Cooldown } from './cooldown.ts';
import type { MessageCommand } from './message-command.ts';
import type { PageSessions } from './page-sessions.ts';
import { sendCommandReply, sendPrivateMessage } from './send-reply.ts';

/** What a message command needs of the router's services. */
export interface MessageCommandServices {
  commands: ReadonlyMap<string, CommandModule>;
  config: Config;
  sessions: PageSessions;
  cooldown: Cooldown;
  queue: AnswerQueue;
  now: () => number;
}

/** The context-menu command registered under `name`, from the command modules that offer one. */
export function findMessageCommand(
  commands: ReadonlyMap<string, CommandModule>,
  name: string,
): MessageCommand | undefined {
  return [...commands.values()].find((command) => command.contextMenu?.definition.name === name)
    ?.contextMenu;
}

/**
 * Answers a message context-menu command as a slash command is answered: the same cooldown,
 * the same queue with its deadline guard (a public deferral, as the reply is public), and the
 * same reply path, so limits, privacy of "not found" and no-mentions hold alike.
 */
export async function handleMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  context: CommandContext,
  services: MessageCommandServices,
): Promise<{ outcome: string; results?: number }> {
  const command = findMessageCommand(services.commands, interaction.commandName);
  if (!command) {
    await sendPrivateMessage(
      interaction,
      `I don't know “${interaction.commandName}”: it may be from an older version of this bot. Type /help for what I answer.`,
    );
    return { outcome: 'unknown-command' };
  }
  const wait = services.cooldown.take(interaction.user.id);
  if (wait > 0) {
    await sendPrivateMessage(interaction, `You're asking quickly! Please try again in ${wait} s.`);
    return { outcome: 'cooldown' };
  }
  const guard = guardDeadline({
    ageMs: services.now() - interaction.createdTimestamp,
    expectedWaitMs: services.queue.estimatedWaitMs(),
    defer: () => {
      const deferral = interaction.deferReply();
      services.queue.prioritise(deferral);
      return deferral;
    },
  });
  let reply: Awaited<ReturnType<MessageCommand['execute']>>;
  try {
    reply = await services.queue.run(() => command.execute(interaction, context));
  } finally {
    await guard.settle();
  }
  await sendCommandReply(interaction, reply, {
    sessions: services.sessions,
    logger: context.logger,
    pageExpiryMs: services.config.pageExpirySeconds * 1000,
  });
  if (reply.kind === 'answer') {
    return {
      outcome: reply.answer.answered ? 'answered' : 'not-found',
      results: reply.answer.results.length,
    };
  }
  return { outcome: reply.ok ? 'done' : 'refused' };
}
