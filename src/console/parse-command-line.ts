import { commandCatalogue, maxQueryLength } from '../answer/command-catalogue.ts';
import { UserError } from '../user-error.ts';

/** A typed line, as the command it names, its main argument text and its named options. */
export interface CommandLine {
  command: string;
  argument: string;
  /** `council:Kingston upon Hull`, `compare:Lambeth`: each runs to the next option or the end. */
  options: { council?: string; compare?: string };
}

/** Options a line may name; the main argument's own name (`topic:`) may be typed or left out. */
const optionNames = [
  'topic',
  'question',
  'claim',
  'name',
  'inspection',
  'council',
  'compare',
  'private',
];
const optionMarker = new RegExp(`(?:^|\\s)(${optionNames.join('|')}):\\s*`, 'gi');

/**
 * Reads a line as a user types it into Discord: `/finding supervision council:Bromley`,
 * `/who name:Tim`, or a bare question (treated as `/ask`). Unknown commands and over-long text
 * are user errors.
 */
export function parseCommandLine(line: string): CommandLine {
  const trimmed = line.trim();
  if (!trimmed.startsWith('/')) {
    return { command: 'ask', argument: checkLength(trimmed), options: {} };
  }
  const [head = '', ...rest] = trimmed.slice(1).split(/\s+/);
  const command = head.toLowerCase();
  const known = commandCatalogue.some((entry) => entry.name === command) || command === 'kb';
  if (!known) {
    throw new UserError('bad-input', `Unknown command /${head}. Type /help to see the commands.`);
  }
  const { argument, named } = splitOptions(rest.join(' '));
  const options: CommandLine['options'] = {};
  if (named.council) options.council = checkLength(named.council);
  if (named.compare) options.compare = checkLength(named.compare);
  return { command, argument: checkLength(argument), options };
}

/** Splits `text` at its option markers: the unnamed lead and each main-argument name join up. */
function splitOptions(text: string): { argument: string; named: Record<string, string> } {
  const markers = [...text.matchAll(optionMarker)];
  const named: Record<string, string> = {};
  const main: string[] = [text.slice(0, markers[0]?.index ?? text.length)];
  markers.forEach((marker, i) => {
    const name = (marker[1] ?? '').toLowerCase();
    const start = (marker.index ?? 0) + marker[0].length;
    const value = text.slice(start, markers[i + 1]?.index ?? text.length).trim();
    if (name === 'council' || name === 'compare') named[name] = value;
    else if (name !== 'private') main.push(value);
  });
  return { argument: main.join(' ').trim(), named };
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
