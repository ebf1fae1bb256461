import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Choice, CouncilScope } from '../answer/query-api.ts';
import type { CommandContext } from './command-module.ts';
import { councilOptionName } from './command-options.ts';

/** The council scope of an interaction: its `council` option and its server's default council. */
export function councilScope(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  { settings }: CommandContext,
  council?: string,
): CouncilScope {
  const typed = council ?? interaction.options.getString(councilOptionName) ?? undefined;
  return { council: typed, defaultCouncil: settings.defaultCouncil(interaction.guildId) };
}

/**
 * Autocomplete for a command with a `council` option: the council option offers loaded councils;
 * any other option is completed within the council chosen so far (or the server's default).
 */
export function completeWithinCouncil(
  interaction: AutocompleteInteraction,
  context: CommandContext,
  complete: (typed: string, scope: CouncilScope) => Choice[],
): Choice[] {
  const focused = interaction.options.getFocused(true);
  if (focused.name === councilOptionName) return context.api.councilChoices(focused.value);
  return complete(focused.value, councilScope(interaction, context));
}
