import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { commandCatalogue } from '../src/answer/command-catalogue.ts';
import type { CommandReply } from '../src/discord/command-module.ts';
import { describeCommand } from '../src/discord/command-options.ts';

export const definition = describeCommand(new SlashCommandBuilder(), 'help').toJSON();

export function execute(_interaction: ChatInputCommandInteraction): CommandReply {
  return {
    kind: 'notice',
    title: 'What I can tell you',
    lines: [
      'I answer from inspection reports and other documents, quoting them word for word with a citation. Partisan sources are labelled as such.',
      ...commandCatalogue.map(
        (entry) => `${entry.usage}: ${entry.description}. Try ${entry.examples.join(' · ')}`,
      ),
      'Add private:true to any command to see the reply on your own.',
    ],
    ok: true,
    private: true,
  };
}
