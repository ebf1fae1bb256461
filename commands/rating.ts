import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import { allInspections } from '../src/answer/list-ratings.ts';
import { ratingChart } from '../src/chart/rating-chart.ts';
import type { CommandContext, CommandReply } from '../src/discord/command-module.ts';
import {
  describeCommand,
  withCouncilOption,
  withPrivateOption,
} from '../src/discord/command-options.ts';
import { completeWithinCouncil, councilScope } from '../src/discord/council-scope.ts';
import {
  councilOptionSchema,
  privateFlagSchema,
  queryTextSchema,
  readOptions,
} from '../src/discord/read-options.ts';

export const definition = withPrivateOption(
  withCouncilOption(
    describeCommand(new SlashCommandBuilder(), 'rating')
      .addStringOption((option) =>
        option
          .setName('inspection')
          .setDescription(
            'Which inspection (default: the latest); "All inspections" for the history',
          )
          .setMaxLength(100)
          .setAutocomplete(true),
      )
      .addStringOption((option) =>
        option
          .setName('compare')
          .setDescription('Another council to set side by side')
          .setMaxLength(100)
          .setAutocomplete(true),
      )
      .addBooleanOption((option) =>
        option.setName('chart').setDescription('Attach a chart of the judgements over time'),
      ),
  ),
).toJSON();

const options = z.object({
  inspection: queryTextSchema.optional(),
  compare: councilOptionSchema,
  chart: z.boolean().default(false),
  council: councilOptionSchema,
  private: privateFlagSchema,
});

export function execute(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): CommandReply {
  const {
    inspection,
    compare,
    chart,
    council,
    private: isPrivate,
  } = readOptions(interaction, options);
  // A chart shows history: without an inspection named it draws every inspection.
  const answer = context.api.ratings(
    { inspection: chart && !inspection ? allInspections : inspection, compareWith: compare },
    councilScope(interaction, context, council),
  );
  const drawn = chart ? ratingChart(answer.ratings ?? []) : undefined;
  const files = drawn ? [{ name: 'ratings.png', data: drawn.png, description: drawn.altText }] : [];
  return { kind: 'answer', answer, private: isPrivate, files };
}

export function autocomplete(interaction: AutocompleteInteraction, context: CommandContext) {
  if (interaction.options.getFocused(true).name === 'compare') {
    return context.api.councilChoices(interaction.options.getFocused());
  }
  return completeWithinCouncil(interaction, context, context.api.inspectionChoices);
}
