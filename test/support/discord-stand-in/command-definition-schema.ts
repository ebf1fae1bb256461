import { z } from 'zod';

/** Discord's documented limits on application command definitions. */
export const COMMAND_LIMITS = {
  commandsPerType: 100,
  name: 32,
  description: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceStringValue: 100,
} as const;

/** Discord's name rule for slash commands and options (they must also be lowercase). */
const SLASH_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const CHAT_INPUT = 1;

/** One option of a command definition, as registered. */
export interface CommandOptionDefinition {
  type: number;
  name: string;
  description: string;
  required?: boolean | undefined;
  autocomplete?: boolean | undefined;
  choices?: { name: string; value: string | number }[] | undefined;
  options?: CommandOptionDefinition[] | undefined;
  [key: string]: unknown;
}

function issue(ctx: z.RefinementCtx, path: PropertyKey[], code: string, message: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { discordCode: code } });
}

function checkSlashName(name: string, ctx: z.RefinementCtx, path: PropertyKey[]): void {
  if (!SLASH_NAME.test(name)) {
    issue(ctx, path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid: "${name}"`);
  } else if (name !== name.toLowerCase()) {
    issue(
      ctx,
      path,
      'APPLICATION_COMMAND_INVALID_NAME',
      `Command name must be lowercase: "${name}"`,
    );
  }
}

/** Rules that hold for any list of sibling options. */
function checkSiblings(options: readonly CommandOptionDefinition[], ctx: z.RefinementCtx): void {
  const names = new Set<string>();
  let optionalSeen = false;
  const nested = options.filter((o) => o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP);
  if (nested.length > 0 && nested.length < options.length) {
    issue(
      ctx,
      [],
      'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      'Sub-commands cannot be mixed with other options',
    );
  }
  options.forEach((option, index) => {
    if (names.has(option.name)) {
      issue(
        ctx,
        [index, 'name'],
        'APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME',
        `Option name "${option.name}" is already used`,
      );
    }
    names.add(option.name);
    if (option.required === true && optionalSeen) {
      issue(
        ctx,
        [index, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (option.required !== true) optionalSeen = true;
  });
}

const choiceSchema = z.looseObject({
  name: z.string().min(1).max(COMMAND_LIMITS.choiceName),
  value: z.union([z.string().max(COMMAND_LIMITS.choiceStringValue), z.number()]),
});

const optionSchema: z.ZodType<CommandOptionDefinition> = z
  .looseObject({
    type: z.number().int().min(1).max(11),
    name: z.string(),
    description: z.string().min(1).max(COMMAND_LIMITS.description),
    required: z.boolean().optional(),
    autocomplete: z.boolean().optional(),
    choices: z.array(choiceSchema).max(COMMAND_LIMITS.choices).optional(),
    get options() {
      return optionListSchema.optional();
    },
  })
  .superRefine((option, ctx) => {
    checkSlashName(option.name, ctx, ['name']);
    if (option.autocomplete === true && (option.choices?.length ?? 0) > 0) {
      issue(
        ctx,
        ['autocomplete'],
        'APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE',
        'Autocomplete and choices cannot both be set',
      );
    }
    const children = option.options ?? [];
    if (option.type === SUB_COMMAND_GROUP && children.some((c) => c.type !== SUB_COMMAND)) {
      issue(
        ctx,
        ['options'],
        'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
        'A sub-command group may only contain sub-commands',
      );
    }
    if (option.type === SUB_COMMAND && children.some((c) => c.type <= SUB_COMMAND_GROUP)) {
      issue(
        ctx,
        ['options'],
        'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
        'A sub-command cannot contain sub-commands',
      );
    }
  });

const optionListSchema = z
  .array(optionSchema)
  .max(COMMAND_LIMITS.options)
  .superRefine((options, ctx) => checkSiblings(options, ctx));

/** One command definition as the bot registers it (`PUT .../commands`). */
export const commandDefinitionSchema = z
  .looseObject({
    type: z.number().int().min(1).max(4).default(CHAT_INPUT),
    name: z.string().min(1).max(COMMAND_LIMITS.name),
    description: z.string().max(COMMAND_LIMITS.description).default(''),
    options: optionListSchema.optional(),
    default_member_permissions: z
      .string()
      .regex(/^\d+$/, 'Must be a decimal string bitfield')
      .nullish(),
  })
  .superRefine((command, ctx) => {
    if (command.type !== CHAT_INPUT) {
      if (command.description !== '') {
        issue(
          ctx,
          ['description'],
          'APPLICATION_COMMAND_INVALID_DESCRIPTION',
          'Context menu commands cannot have a description',
        );
      }
      return;
    }
    checkSlashName(command.name, ctx, ['name']);
    if (command.description.length === 0) {
      issue(ctx, ['description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
  });

/** A command definition after Discord's defaults (type 1, empty description) are applied. */
export type CommandDefinition = z.infer<typeof commandDefinitionSchema>;

/** The body of a bulk overwrite: every command of one scope, names unique per command type. */
export const commandListSchema = z.array(commandDefinitionSchema).superRefine((commands, ctx) => {
  const seen = new Map<string, number>();
  commands.forEach((command, index) => {
    const key = `${command.type}:${command.name}`;
    if (seen.has(key)) {
      issue(
        ctx,
        [index, 'name'],
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        `Application command names must be unique: "${command.name}"`,
      );
    }
    seen.set(key, index);
  });
  for (const type of new Set(commands.map((c) => c.type))) {
    if (commands.filter((c) => c.type === type).length > COMMAND_LIMITS.commandsPerType) {
      issue(
        ctx,
        [],
        'BASE_TYPE_MAX_LENGTH',
        `Must be ${COMMAND_LIMITS.commandsPerType} or fewer in length.`,
      );
    }
  }
});
