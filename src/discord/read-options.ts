import type {
  Attachment,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
} from 'discord.js';
import { ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { maxQueryLength } from '../answer/command-catalogue.ts';
import { UserError } from '../user-error.ts';

/** A topic, name or question: trimmed, not empty, within the length the bot takes. */
export const queryTextSchema = z
  .string()
  .trim()
  .min(1, 'cannot be empty')
  .max(maxQueryLength, `must be at most ${maxQueryLength} characters`);

/** The `council` option: a name as typed or an id picked from autocomplete. */
export const councilOptionSchema = z.string().trim().min(1).max(100).optional();

/** The `private` option every answering command has: true makes the reply ephemeral. */
export const privateFlagSchema = z.boolean().default(false);

type OptionValue = string | number | boolean | Attachment | undefined;

/**
 * Reads a command's options into a plain record (a subcommand's name under `subcommand`) and
 * validates it with the command's schema, so handlers get typed, checked values.
 */
export function readOptions<T extends z.ZodType>(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  schema: T,
): z.infer<T> {
  const record: Record<string, OptionValue> = {};
  const collect = (options: readonly CommandInteractionOption[]) => {
    for (const option of options) {
      if (option.type === ApplicationCommandOptionType.Subcommand) {
        record.subcommand = option.name;
        collect(option.options ?? []);
      } else if (option.type === ApplicationCommandOptionType.Attachment) {
        record[option.name] = option.attachment;
      } else {
        record[option.name] = option.value;
      }
    }
  };
  collect(interaction.options.data);
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'options'} ${issue.message}`)
      .join('; ');
    throw new UserError('bad-input', `Please check the options: ${details}.`);
  }
  return parsed.data;
}
