import type { Answer } from '../answer/answer.ts';
import { commandCatalogue } from '../answer/command-catalogue.ts';
import type { QueryApi } from '../answer/query-api.ts';
import { UserError } from '../user-error.ts';
import { parseCommandLine } from './parse-command-line.ts';

/** Answers one typed line exactly as the Discord commands would, through the same query API. */
export function answerLine(api: QueryApi, line: string): Answer {
  const { command, argument } = parseCommandLine(line);
  const required = (what: string) => {
    if (argument === '') throw new UserError('bad-input', `/${command} needs ${what}.`);
    return argument;
  };
  switch (command) {
    case 'finding':
      return api.findings(required('a topic, e.g. /finding supervision'));
    case 'ask':
      return api.ask(required('a question'));
    case 'rating':
      return api.ratings(argument === '' ? undefined : argument);
    case 'timeline':
      return api.timeline();
    case 'who':
      return api.person(required('a name, e.g. /who Alisa Flemming'));
    case 'consequences':
      return api.consequences();
    case 'sources':
      return api.sources();
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
