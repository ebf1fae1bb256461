import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import { commandCatalogue } from '../answer/command-catalogue.ts';

/** Starts a command definition from its catalogue entry, so every front end says the same. */
export function describeCommand<B extends SlashCommandBuilder>(builder: B, name: string): B {
  const entry = commandCatalogue.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`commands: "${name}" is not in the command catalogue`);
  return builder.setName(entry.name).setDescription(entry.description) as B;
}

/** Adds the `private` option (reply only the invoking user sees) as the last option. */
export function withPrivateOption<B extends SlashCommandBuilder | SlashCommandOptionsOnlyBuilder>(
  builder: B,
): B {
  return builder.addBooleanOption((option) =>
    option.setName('private').setDescription('Show the reply only to you'),
  ) as B;
}

/** The option that names a council; its autocomplete offers the loaded ones. */
export const councilOptionName = 'council';

/** Adds the optional `council` option: a council named here wins over the server's default. */
export function withCouncilOption<B extends SlashCommandBuilder | SlashCommandOptionsOnlyBuilder>(
  builder: B,
  description = 'Which council (default: the one named in the question, or this server’s)',
): B {
  return builder.addStringOption((option) =>
    option
      .setName(councilOptionName)
      .setDescription(description)
      .setMaxLength(100)
      .setAutocomplete(true),
  ) as B;
}
