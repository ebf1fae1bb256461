import { commandCatalogue, maxQueryLength } from '../answer/command-catalogue.ts';
import { UserError } from '../user-error.ts';

/** A typed line, as the command it names and its argument text. */
export interface CommandLine {
  command: string;
  argument: string;
}

const optionPrefix = /^(topic|question|name|inspection):\s*/i;
const privateOption = /\s*\bprivate:\s*(true|false)\b/i;

/**
 * Reads a line as a user types it into Discord: `/finding supervision`, `/who name:Tim`, or a
 * bare question (treated as `/ask`). Unknown commands and over-long text are user errors.
 */
export function parseCommandLine(line: string): CommandLine {
  const trimmed = line.trim();
  if (!trimmed.startsWith('/')) return { command: 'ask', argument: checkLength(trimmed) };
  const [head = '', ...rest] = trimmed.slice(1).split(/\s+/);
  const command = head.toLowerCase();
  const known = commandCatalogue.some((entry) => entry.name === command) || command === 'kb';
  if (!known) {
    throw new UserError('bad-input', `Unknown command /${head}. Type /help to see the commands.`);
  }
  const argument = rest.join(' ').replace(privateOption, '').replace(optionPrefix, '').trim();
  return { command, argument: checkLength(argument) };
}

function checkLength(text: string): string {
  if (text.length > maxQueryLength) {
    throw new UserError(
      'bad-input',
      `That is ${text.length} characters; please ask in at most ${maxQueryLength}.`,
    );
  }
  return text;
}
