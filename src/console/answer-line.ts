import type { Answer } from '../answer/answer.ts';
import { commandCatalogue } from '../answer/command-catalogue.ts';
import type { CouncilScope, QueryApi } from '../answer/query-api.ts';
import { UserError } from '../user-error.ts';
import { parseCommandLine } from './parse-command-line.ts';

/**
 * Answers one typed line exactly as the Discord commands would, through the same query API;
 * `defaultCouncil` plays the part of a server's default.
 */
export function answerLine(api: QueryApi, line: string, defaultCouncil?: string): Answer {
  const { command, argument, options } = parseCommandLine(line);
  const scope: CouncilScope = { council: options.council, defaultCouncil };
  const required = (what: string) => {
    if (argument === '') throw new UserError('bad-input', `/${command} needs ${what}.`);
    return argument;
  };
  switch (command) {
    case 'finding':
      return api.findings(required('a topic, e.g. /finding supervision'), scope);
    case 'ask':
      return api.ask(required('a question'), scope);
    case 'rating':
      return api.ratings({ inspection: argument, compareWith: options.compare }, scope);
    case 'check':
      return api.check(required('a claim, e.g. /check the service is still failing'), scope);
    case 'changes':
      return api.changes(argument, scope);
    case 'timeline':
      return api.timeline(scope);
    case 'who':
      return api.person(required('a name, e.g. /who Alisa Flemming'), scope);
    case 'consequences':
      return api.consequences(scope);
    case 'sources':
      return api.sources(scope);
    case 'help':
      return helpAnswer();
    case 'kb':
      throw new UserError(
        'bad-input',
        '/kb refresh and /kb status work in the console (npm start); /kb add and /kb remove on Discord.',
      );
    default:
      throw new UserError('bad-input', `/${command} is only available on Discord.`);
  }
}

/** The command list as an answer, so every front end can show it. */
export function helpAnswer(): Answer {
  return {
    command: 'help',
    query: '',
    answered: true,
    title: 'Commands',
    summary: commandCatalogue
      .map((entry) => `${entry.usage}: ${entry.description}. e.g. ${entry.examples.join(', ')}`)
      .join('\n'),
    results: [],
    suggestions: [],
    notice: null,
  };
}
