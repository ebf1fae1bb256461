import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { CommandContext } from '../src/discord/command-module.ts';
import { messageClaim } from '../src/discord/message-claim.ts';
import type { MessageCommand } from '../src/discord/message-command.ts';
import { defineQuestionCommand } from '../src/discord/question-command.ts';

export const { definition, execute, autocomplete } = defineQuestionCommand({
  name: 'check',
  // A claim is the user's own words: only the council option completes.
  text: {
    name: 'claim',
    description: 'The claim, e.g. the service is still failing',
    autocomplete: false,
  },
  answer: (api, claim, scope) => api.check(claim, scope),
});

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
