import { randomBytes } from 'node:crypto';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
} from 'discord.js';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { Answer } from '../answer/answer.ts';
import type { Choice } from '../answer/query-api.ts';
import type { Config } from '../config.ts';
import type { GapLog } from '../feedback/gap-log.ts';
import type { KnowledgeStore } from '../live/knowledge-store.ts';
import type { Logger } from '../logger.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import { isUserError } from '../user-error.ts';
import { type AnswerButton, parseAnswerButton } from './answer-buttons.ts';
import { AnswerQueue } from './answer-queue.ts';
import { guardDeadline } from './answer-queue-deadline.ts';
import type { CommandContext, CommandModule, CommandReply } from './command-module.ts';
import type { Cooldown } from './cooldown.ts';
import { discordLimits } from './discord-limits.ts';
import { handleMessageCommand } from './handle-message-command.ts';
import { parsePageButton } from './page-buttons.ts';
import type { PageSession, PageSessions } from './page-sessions.ts';
import { truncateAtWord } from './safe-text.ts';
import { noMentions, pagePayload, sendCommandReply, sendPrivateMessage } from './send-reply.ts';

/**
 * Keeps a question nothing answered, or one about a council not loaded, for /kb gaps. Never a
 * safeguarding message, never who asked; a failure to write is logged, never the user's problem.
 */
async function recordGap(
  answer: Answer,
  interaction: ChatInputCommandInteraction,
  services: RouterServices,
  context: CommandContext,
): Promise<void> {
  if (!services.gaps || answer.answered || answer.query.trim() === '') return;
  const kind =
    answer.refusal === undefined
      ? 'not-found'
      : answer.refusal === 'council-not-loaded'
        ? answer.refusal
        : undefined;
  if (!kind) return;
  await services.gaps
    .record({
      serverId: interaction.guildId,
      command: answer.command,
      council: answer.council?.name ?? null,
      kind,
      query: answer.query,
      at: new Date(),
    })
    .catch((error: unknown) =>
      context.logger.warn({ err: error }, 'could not keep an unanswered question'),
    );
}

export interface RouterServices {
  commands: ReadonlyMap<string, CommandModule>;
  store: KnowledgeStore;
  settings: ServerSettings;
  /** Where unanswered questions are kept for /kb gaps; none, and nothing is kept. */
  gaps?: GapLog;
  config: Config;
  logger: Logger;
  sessions: PageSessions;
  cooldown: Cooldown;
  now?: () => number;
  /** Where answers are computed one at a time; one per router unless given. */
  queue?: AnswerQueue;
}

/**
 * The one dispatcher for interactions: slash commands, message context-menu commands,
 * autocomplete and page buttons. Expected failures reach the user plainly; anything else is
 * logged with a reference the user also sees, and the bot keeps serving.
 */
export function createInteractionRouter(
  services: RouterServices,
): (interaction: Interaction) => Promise<void> {
  const now = services.now ?? Date.now;
  const queue = services.queue ?? new AnswerQueue();
  return async (interaction) => {
    const started = now();
    const name = 'commandName' in interaction ? interaction.commandName : 'component';
    const log = services.logger.child({
      interactionId: interaction.id,
      command: name,
      guildId: interaction.guildId,
      userId: interaction.user.id,
    });
    const context: CommandContext = {
      api: services.store.current().api,
      store: services.store,
      settings: services.settings,
      ...(services.gaps ? { gaps: services.gaps } : {}),
      config: services.config,
      logger: log,
    };
    let outcome = 'ok';
    let results: number | undefined;
    try {
      if (interaction.isChatInputCommand()) {
        ({ outcome, results } = await handleCommand(interaction, context, {
          ...services,
          queue,
          now,
        }));
      } else if (interaction.isMessageContextMenuCommand()) {
        ({ outcome, results } = await handleMessageCommand(interaction, context, {
          ...services,
          queue,
          now,
        }));
      } else if (interaction.isAutocomplete()) {
        results = await handleAutocomplete(interaction, context, services.commands);
      } else if (interaction.isButton()) {
        outcome = await handleButton(interaction, services);
      } else {
        outcome = 'ignored';
      }
    } catch (error) {
      outcome = await reportFailure(interaction, error, log);
    }
    log.info({ latencyMs: now() - started, outcome, results }, 'interaction');
  };
}

async function handleCommand(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  services: RouterServices & { queue: AnswerQueue; now: () => number },
): Promise<{ outcome: string; results?: number }> {
  const command = services.commands.get(interaction.commandName);
  if (!command) {
    await sendPrivateMessage(
      interaction,
      `I don't know /${interaction.commandName}: it may be from an older version of this bot. Type /help for the commands I answer.`,
    );
    return { outcome: 'unknown-command' };
  }
  const wait = services.cooldown.take(interaction.user.id);
  if (wait > 0) {
    // An acknowledgement like a deferral: no answer is computed until it has gone out.
    const notice = sendPrivateMessage(
      interaction,
      `You're asking quickly! Please try again in ${wait} s.`,
    );
    services.queue.prioritise(notice);
    await notice;
    return { outcome: 'cooldown' };
  }
  let reply: CommandReply;
  if (command.deferPrivately) {
    // Slow by nature (a refresh awaits a whole rebuild): deferred at once and run outside the
    // queue, so it never holds up other people's answers.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    reply = await command.execute(interaction, context);
  } else {
    reply = await answerInQueue(interaction, command, context, services);
  }
  await sendCommandReply(interaction, reply, {
    sessions: services.sessions,
    logger: context.logger,
    pageExpiryMs: services.config.pageExpirySeconds * 1000,
  });
  if (reply.kind === 'answer') {
    await recordGap(reply.answer, interaction, services, context);
    return {
      outcome: reply.answer.answered ? 'answered' : 'not-found',
      results: reply.answer.results.length,
    };
  }
  return { outcome: reply.ok ? 'done' : 'refused' };
}

/**
 * Computes the answer in the queue while a guard watches Discord's deadline: deferred (privately
 * when asked to be private) if the answer may not be ready in time, replied to directly otherwise.
 */
async function answerInQueue(
  interaction: ChatInputCommandInteraction,
  command: CommandModule,
  context: CommandContext,
  services: { queue: AnswerQueue; now: () => number },
): Promise<CommandReply> {
  const privately = interaction.options.getBoolean('private') === true;
  const ageMs = services.now() - interaction.createdTimestamp;
  const guard = guardDeadline({
    ageMs,
    expectedWaitMs: services.queue.estimatedWaitMs(),
    defer: () => {
      const deferral = interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
      services.queue.prioritise(deferral);
      return deferral;
    },
  });
  try {
    return await services.queue.run(() => command.execute(interaction, context));
  } finally {
    await guard.settle();
    if (guard.deferred) context.logger.debug({ ageMs }, 'answer deferred');
  }
}

async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  context: CommandContext,
  commands: ReadonlyMap<string, CommandModule>,
): Promise<number> {
  const command = commands.get(interaction.commandName);
  const choices: Choice[] = command?.autocomplete
    ? await command.autocomplete(interaction, context)
    : [];
  const valid = choices
    .filter((choice) => choice.value.length > 0 && choice.value.length <= discordLimits.choiceValue)
    .slice(0, discordLimits.autocompleteChoices)
    .map((choice) => ({
      name: truncateAtWord(choice.name, discordLimits.choiceName),
      value: choice.value,
    }));
  await interaction.respond(valid);
  return valid.length;
}

async function handleButton(
  interaction: ButtonInteraction,
  services: Pick<RouterServices, 'sessions' | 'gaps'>,
): Promise<string> {
  const { sessions } = services;
  const answerButton = parseAnswerButton(interaction.customId);
  const target = answerButton ? undefined : parsePageButton(interaction.customId);
  if (!answerButton && !target) {
    await sendPrivateMessage(interaction, 'That button is not one of mine any more.');
    return 'unknown-button';
  }
  const session = sessions.get(answerButton?.sessionId ?? target?.sessionId ?? '');
  if (!session) {
    await interaction.update({ components: [], allowedMentions: noMentions });
    await interaction.followUp({
      content: 'These results have expired. Run the command again to see them.',
      flags: MessageFlags.Ephemeral,
      allowedMentions: noMentions,
    });
    return 'expired';
  }
  if (answerButton) return handleAnswerButton(interaction, answerButton, session, services);
  if (session.userId !== interaction.user.id) {
    await sendPrivateMessage(
      interaction,
      'Only the person who ran this command can turn its pages. Run it yourself to get your own copy.',
    );
    return 'not-owner';
  }
  await interaction.update({
    ...pagePayload(session.pages, session.id, target?.page ?? 0, session.asked !== undefined),
    allowedMentions: noMentions,
  });
  return 'page';
}

/**
 * Helpful, not helpful, dismiss. Anyone may say whether an answer helped; a "not helpful"
 * keeps the question for /kb gaps (never who pressed). Only the asker, or someone who may
 * manage messages, can take a public answer down.
 */
async function handleAnswerButton(
  interaction: ButtonInteraction,
  button: AnswerButton,
  session: PageSession,
  services: Pick<RouterServices, 'gaps'>,
): Promise<string> {
  if (button.action === 'dismiss') {
    const moderator =
      interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) === true;
    if (session.userId !== interaction.user.id && !moderator) {
      await sendPrivateMessage(
        interaction,
        'Only the person who asked, or someone who can manage messages, can dismiss this answer.',
      );
      return 'not-owner';
    }
    await interaction.deferUpdate();
    await interaction.deleteReply();
    return 'dismissed';
  }
  if (button.action === 'unhelpful' && session.asked && services.gaps) {
    await services.gaps.record({
      serverId: interaction.guildId,
      command: session.asked.command,
      council: session.asked.council,
      kind: 'unhelpful',
      query: session.asked.query,
      at: new Date(),
    });
  }
  await sendPrivateMessage(
    interaction,
    button.action === 'helpful'
      ? 'Thanks: glad it helped.'
      : 'Thanks for saying. The moderators will see this question among the ones to improve (/kb gaps).',
  );
  return button.action;
}

async function reportFailure(
  interaction: Interaction,
  error: unknown,
  log: Logger,
): Promise<string> {
  const userFacing = isUserError(error);
  const ref = randomBytes(4).toString('hex');
  if (userFacing) log.info({ code: error.code, reason: error.message }, 'request refused');
  else log.error({ err: error, ref }, 'interaction failed');
  if (!interaction.isRepliable()) return userFacing ? 'refused' : 'error';
  const message = userFacing
    ? error.message
    : `Sorry, something went wrong (ref: ${ref}). The error is logged.`;
  try {
    await sendPrivateMessage(interaction, message);
  } catch (replyError) {
    log.error({ err: replyError, ref }, 'could not tell the user about a failure');
  }
  return userFacing ? 'refused' : 'error';
}
