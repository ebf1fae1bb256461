import type {
  APIApplicationCommandOption,
  RESTPostAPIApplicationCommandsJSONBody,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';

// Discord's documented rule: letters and numbers of any script, plus Devanagari and Thai marks.
const namePattern = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Discord caps one command's names, descriptions and choice values together at this. */
const maxCommandCharacters = 4000;

/**
 * Checks command definitions against Discord's registration rules and returns every breach,
 * so `commands:deploy` refuses a bad set before Discord does.
 */
export function validateCommandDefinitions(
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const slash = definitions.filter(isChatInput);
  if (slash.length > 100) problems.push(`${slash.length} commands (limit 100)`);
  for (const menu of definitions.filter(isContextMenu)) checkContextMenu(menu, problems);
  for (const definition of slash) {
    const where = `/${definition.name}`;
    if (names.has(definition.name)) problems.push(`${where}: defined twice`);
    names.add(definition.name);
    checkName(where, definition.name, problems);
    checkDescription(where, definition.description, problems);
    if (
      definition.default_member_permissions !== undefined &&
      definition.default_member_permissions !== null &&
      !/^\d+$/.test(definition.default_member_permissions)
    ) {
      problems.push(`${where}: default_member_permissions must be a decimal bitfield string`);
    }
    checkOptions(where, definition.options ?? [], problems, 0);
    const size = countCharacters(definition);
    if (size > maxCommandCharacters) {
      problems.push(
        `${where}: ${size} characters in names, descriptions and choices (limit ${maxCommandCharacters})`,
      );
    }
  }
  return problems;
}

function isChatInput(
  definition: RESTPostAPIApplicationCommandsJSONBody,
): definition is RESTPostAPIChatInputApplicationCommandsJSONBody {
  return definition.type === undefined || definition.type === ApplicationCommandType.ChatInput;
}

function isContextMenu(
  definition: RESTPostAPIApplicationCommandsJSONBody,
): definition is RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return (
    definition.type === ApplicationCommandType.Message ||
    definition.type === ApplicationCommandType.User
  );
}

/** A context-menu command's name may hold spaces and capitals, but it has no description. */
function checkContextMenu(
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody,
  problems: string[],
) {
  const where = `context menu “${definition.name}”`;
  if (definition.name.length < 1 || definition.name.length > 32) {
    problems.push(`${where}: name is ${definition.name.length} characters (1 to 32)`);
  }
  if ('description' in definition && definition.description) {
    problems.push(`${where}: a context-menu command cannot have a description`);
  }
}

function checkName(where: string, name: string, problems: string[]) {
  if (!namePattern.test(name))
    problems.push(`${where}: name "${name}" must match ${namePattern.source}`);
  if (name !== name.toLowerCase()) problems.push(`${where}: name "${name}" must be lowercase`);
}

function checkDescription(where: string, description: string | undefined, problems: string[]) {
  const length = description?.length ?? 0;
  if (length < 1 || length > 100)
    problems.push(`${where}: description is ${length} characters (1 to 100)`);
}

function checkOptions(
  where: string,
  options: readonly APIApplicationCommandOption[],
  problems: string[],
  depth: number,
) {
  if (options.length > 25) problems.push(`${where}: ${options.length} options (limit 25)`);
  const names = new Set<string>();
  let optionalSeen = false;
  for (const option of options) {
    const at = `${where} ${option.name}`;
    if (names.has(option.name)) problems.push(`${at}: option name used twice`);
    names.add(option.name);
    checkName(at, option.name, problems);
    checkDescription(at, option.description, problems);
    const nested =
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup;
    if (nested) {
      if (depth >= 2) problems.push(`${at}: subcommands nested too deep`);
      checkOptions(at, option.options ?? [], problems, depth + 1);
      continue;
    }
    const required = 'required' in option && option.required === true;
    if (required && optionalSeen)
      problems.push(`${at}: required options must come before optional ones`);
    if (!required) optionalSeen = true;
    const choices = 'choices' in option ? (option.choices ?? []) : [];
    if (choices.length > 25) problems.push(`${at}: ${choices.length} choices (limit 25)`);
    for (const choice of choices) {
      const nameLength = choice.name.length;
      if (nameLength < 1 || nameLength > 100) {
        problems.push(
          `${at}: choice name "${choice.name.slice(0, 40)}…" is ${nameLength} characters (1 to 100)`,
        );
      }
      if (typeof choice.value === 'string' && choice.value.length > 100) {
        problems.push(`${at}: choice value is ${choice.value.length} characters (limit 100)`);
      }
    }
    if (choices.length > 0 && 'autocomplete' in option && option.autocomplete) {
      problems.push(`${at}: an option cannot have both choices and autocomplete`);
    }
  }
}

function countCharacters(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce<number>((sum, item) => sum + countCharacters(item), 0);
  if (!value || typeof value !== 'object') return 0;
  const record = value as Record<string, unknown>;
  let total = 0;
  for (const key of ['name', 'description', 'value']) {
    const field = record[key];
    if (typeof field === 'string') total += field.length;
  }
  return total + countCharacters(record.options) + countCharacters(record.choices);
}
