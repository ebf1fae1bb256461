import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import type { Answer } from '../answer/answer.ts';
import { maxQueryLength } from '../answer/command-catalogue.ts';
import type { Choice, CouncilScope, QueryApi } from '../answer/query-api.ts';
import type { CommandContext, CommandReply } from './command-module.ts';
import { describeCommand, withCouncilOption, withPrivateOption } from './command-options.ts';
import { completeWithinCouncil, councilScope } from './council-scope.ts';
import {
  councilOptionSchema,
  privateFlagSchema,
  queryTextSchema,
  readOptions,
} from './read-options.ts';

/** A command that takes one required text (a topic, a question, a name) within a council. */
export interface QuestionCommandSpec {
  name: string;
  /** The text option: its name and description, and whether it completes as typed. */
  text: { name: string; description: string; autocomplete: boolean };
  answer(api: QueryApi, text: string, scope: CouncilScope): Answer;
  /** Choices for the text option within the council chosen so far; none when it does not complete. */
  complete?(api: QueryApi, typed: string, scope: CouncilScope): Choice[];
}

/**
 * The definition and thin handler of a command like /finding, /ask or /who: its text option,
 * then `council` and `private`, read and checked with zod, answered through the query API.
 */
export function defineQuestionCommand(spec: QuestionCommandSpec) {
  const options = z.object({ council: councilOptionSchema, private: privateFlagSchema });
  return {
    definition: withPrivateOption(
      withCouncilOption(
        describeCommand(new SlashCommandBuilder(), spec.name).addStringOption((option) =>
          option
            .setName(spec.text.name)
            .setDescription(spec.text.description)
            .setRequired(true)
            .setMaxLength(maxQueryLength)
            .setAutocomplete(spec.text.autocomplete),
        ),
      ),
    ).toJSON(),
    execute(interaction: ChatInputCommandInteraction, context: CommandContext): CommandReply {
      const read = readOptions(interaction, options);
      const text = readOptions(interaction, z.looseObject({ ...textShape(spec.text.name) }));
      const scope = councilScope(interaction, context, read.council);
      const answer = spec.answer(context.api, text[spec.text.name] ?? '', scope);
      return { kind: 'answer', answer, private: read.private };
    },
    autocomplete(interaction: AutocompleteInteraction, context: CommandContext): Choice[] {
      return completeWithinCouncil(interaction, context, (typed, scope) =>
        spec.complete ? spec.complete(context.api, typed, scope) : [],
      );
    },
  };
}

/** The text option's schema, keyed by its own name so a bad value reads "topic must be …". */
function textShape(name: string): Record<string, typeof queryTextSchema> {
  return { [name]: queryTextSchema };
}
