import type { StandInAttachment } from './attachment-store.ts';
import type { CommandOptionDefinition } from './command-definition-schema.ts';

/** A value for one option; an attachment object (from `addAttachment`) for type 11. */
export type OptionValue = string | number | boolean | StandInAttachment;

/** One option as Discord sends it in `data.options`. */
export interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: InteractionOption[];
  focused?: boolean;
}

/** Options by name, or the raw array Discord sends (then passed through unchecked). */
export type OptionsInput = Readonly<Record<string, OptionValue>> | readonly InteractionOption[];

/** Where in a command the options go, and what is known about the command. */
export interface CommandOptionsRequest {
  command: string;
  options?: OptionsInput | undefined;
  subcommand?: string | undefined;
  subcommandGroup?: string | undefined;
  /** The registered definition's options; with them, values are checked as Discord would. */
  definition?: readonly CommandOptionDefinition[] | undefined;
  /** For autocomplete: the option being typed, sent as text with `focused: true`. */
  focused?: string | undefined;
}

/** Options ready for `data.options`, plus attachments for `data.resolved`. */
export interface BuiltOptions {
  options: InteractionOption[];
  attachments: Record<string, StandInAttachment>;
}

const OptionType = {
  SubCommand: 1,
  SubCommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  Number: 10,
  Attachment: 11,
} as const;

function isAttachment(value: OptionValue): value is StandInAttachment {
  return typeof value === 'object';
}

function isRawOptions(input: OptionsInput): input is readonly InteractionOption[] {
  return Array.isArray(input);
}

function inferType(value: OptionValue): number {
  if (isAttachment(value)) return OptionType.Attachment;
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number')
    return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function fits(type: number, value: OptionValue): boolean {
  switch (type) {
    case OptionType.Integer:
      return typeof value === 'number' && Number.isInteger(value);
    case OptionType.Number:
      return typeof value === 'number';
    case OptionType.Boolean:
      return typeof value === 'boolean';
    case OptionType.Attachment:
      return isAttachment(value);
    case OptionType.String:
      return typeof value === 'string';
    default:
      throw new Error(
        `discord-stand-in: option type ${type} needs a raw option array with resolved data`,
      );
  }
}

/** Finds the option definitions that apply below the chosen sub-command (group). */
function leafDefinitions(
  request: CommandOptionsRequest,
): readonly CommandOptionDefinition[] | undefined {
  let level = request.definition;
  const path = [request.subcommandGroup, request.subcommand].filter((p) => p !== undefined);
  for (const name of path) {
    if (level === undefined) return undefined;
    const next = level.find((o) => o.name === name && o.type <= OptionType.SubCommandGroup);
    if (next === undefined) {
      throw new Error(`discord-stand-in: /${request.command} has no sub-command "${name}"`);
    }
    level = next.options ?? [];
  }
  const nested = level?.filter((o) => o.type <= OptionType.SubCommandGroup) ?? [];
  if (nested.length > 0) {
    const names = nested.map((o) => o.name).join(', ');
    throw new Error(`discord-stand-in: /${request.command} needs a sub-command (one of: ${names})`);
  }
  return level;
}

function buildLeaf(
  request: CommandOptionsRequest,
  definitions: readonly CommandOptionDefinition[] | undefined,
): BuiltOptions {
  const attachments: Record<string, StandInAttachment> = {};
  const input = request.options ?? {};
  if (isRawOptions(input)) return { options: [...input], attachments };
  const entries = Object.entries(input);
  if (request.focused !== undefined && !entries.some(([name]) => name === request.focused)) {
    entries.push([request.focused, '']);
  }
  const options = entries.map(([name, value]): InteractionOption => {
    const definition = definitions?.find((d) => d.name === name);
    if (definitions !== undefined && definition === undefined) {
      const known = definitions.map((d) => d.name).join(', ') || 'none';
      throw new Error(
        `discord-stand-in: /${request.command} has no option "${name}" (options: ${known})`,
      );
    }
    const type = definition?.type ?? inferType(value);
    if (name === request.focused) return { name, type, value: String(value), focused: true };
    if (!fits(type, value)) {
      throw new Error(
        `discord-stand-in: option "${name}" of /${request.command} is type ${type}; ${JSON.stringify(value)} does not fit`,
      );
    }
    if (definition?.choices !== undefined && !definition.choices.some((c) => c.value === value)) {
      throw new Error(
        `discord-stand-in: ${JSON.stringify(value)} is not a choice of option "${name}"`,
      );
    }
    if (isAttachment(value)) {
      attachments[value.id] = value;
      return { name, type, value: value.id };
    }
    return { name, type, value };
  });
  // Discord only sends an autocomplete while other options are still being typed.
  const missing =
    request.focused === undefined
      ? (definitions ?? []).filter((d) => d.required === true && !(d.name in input))
      : [];
  if (missing.length > 0) {
    throw new Error(
      `discord-stand-in: /${request.command} is missing required option(s): ${missing.map((d) => d.name).join(', ')}`,
    );
  }
  return { options, attachments };
}

/**
 * Builds `data.options` the way Discord would for this input: typed from the registered
 * definition when there is one (so `getNumber` and `getInteger` see the right type), nested
 * under the sub-command (group), with attachments gathered for `data.resolved`.
 */
export function buildCommandOptions(request: CommandOptionsRequest): BuiltOptions {
  const leaf = buildLeaf(request, leafDefinitions(request));
  let options = leaf.options;
  if (request.subcommand !== undefined) {
    options = [{ name: request.subcommand, type: OptionType.SubCommand, options }];
  }
  if (request.subcommandGroup !== undefined) {
    options = [{ name: request.subcommandGroup, type: OptionType.SubCommandGroup, options }];
  }
  return { options, attachments: leaf.attachments };
}
