import {
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  ContextMenuCommandBuilder,
  type MessageContextMenuCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import { maxQueryLength } from '../src/answer/command-catalogue.ts';
import type { CommandContext, CommandReply } from '../src/discord/command-module.ts';
import {
  describeCommand,
  withCouncilOption,
  withPrivateOption,
} from '../src/discord/command-options.ts';
import { completeWithinCouncil, councilScope } from '../src/discord/council-scope.ts';
import { messageClaim } from '../src/discord/message-claim.ts';
import type { MessageCommand } from '../src/discord/message-command.ts';
import {
  councilOptionSchema,
  privateFlagSchema,
  queryTextSchema,
  readOptions,
} from '../src/discord/read-options.ts';

export const definition = withPrivateOption(
  withCouncilOption(
    describeCommand(new SlashCommandBuilder(), 'check').addStringOption((option) =>
      option
        .setName('claim')
        .setDescription('The claim, e.g. the service is still failing')
        .setRequired(true)
        .setMaxLength(maxQueryLength),
    ),
  ),
).toJSON();

const options = z.object({
  claim: queryTextSchema,
  council: councilOptionSchema,
  private: privateFlagSchema,
});

export function execute(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): CommandReply {
  const { claim, council, private: isPrivate } = readOptions(interaction, options);
  const answer = context.api.check(claim, councilScope(interaction, context, council));
  return { kind: 'answer', answer, private: isPrivate };
}

/** Only the council option completes; a claim is the user's own words. */
export function autocomplete(interaction: AutocompleteInteraction, context: CommandContext) {
  return completeWithinCouncil(interaction, context, () => []);
}

/**
 * "Check with the reports" on someone's message: the message's text is the claim, checked for
 * the server's default council unless it names one, and the reply says whose message it
 * answers by display name, as text.
 */
export const contextMenu: MessageCommand = {
  definition: new ContextMenuCommandBuilder()
    .setName('Check with the reports')
    .setType(ApplicationCommandType.Message)
    .toJSON(),
  execute(interaction: MessageContextMenuCommandInteraction, context: CommandContext) {
    const claim = messageClaim(interaction.targetMessage);
    const answer = context.api.check(claim.text, {
      defaultCouncil: context.settings.defaultCouncil(interaction.guildId),
    });
    const verdict = answer.verdict && { ...answer.verdict, claimant: claim.author };
    return {
      kind: 'answer',
      answer: verdict ? { ...answer, verdict } : answer,
      private: false,
    };
  },
};
