import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { KnowledgeStore } from '../live/knowledge-store.ts';
import type { Logger } from '../logger.ts';
import { analyseQuestion } from '../question/analyse-question.ts';
import type { ServerSettings } from '../settings/server-settings.ts';
import { stripControls } from '../text/strip-controls.ts';
import { isUserError } from '../user-error.ts';
import { answerKbLine, consoleActor, formatKbReport } from './answer-kb-line.ts';
import { answerLine } from './answer-line.ts';
import { formatAnswerText } from './format-answer-text.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { stripAnswerControls } from './strip-answer-controls.ts';
import { plainStyle, ttyStyle } from './terminal-style.ts';

export interface ConsoleOptions {
  store: KnowledgeStore;
  settings: ServerSettings;
  logger: Logger;
  input: Readable;
  output: Writable;
  /** Where the banner goes: the terminal when interactive, stderr when answers are piped. */
  notices: Writable;
  interactive: boolean;
}

const banner = (documents: number, passages: number) =>
  [
    `findings-bot console: ${documents} documents, ${passages} passages loaded.`,
    'Type a command as you would in Discord (/finding supervision, /rating, /who Alisa Flemming,',
    '/timeline, /consequences, /sources, /help) or just a question. /quit to leave.',
    'After editing the knowledge folder, /kb refresh reloads it; /kb status shows what is loaded.',
    'No DISCORD_TOKEN is set, so the bot is not on Discord. To connect it, put the bot token in',
    '.env as DISCORD_TOKEN=… (see README: "Connect to Discord") and run npm start again.',
    '',
  ].join('\n');

/**
 * Answers lines typed at a terminal, or piped in one per line, with the same answers the bot
 * gives on Discord. Ends at end of input or /quit.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { output, interactive } = options;
  const { knowledgeBase } = options.store.current().library;
  options.notices.write(banner(knowledgeBase.documents.length, knowledgeBase.passages.length));
  const lines = createInterface({
    input: options.input,
    ...(interactive ? { output, prompt: 'findings> ' } : {}),
    terminal: interactive,
  });
  if (interactive) lines.prompt();
  for await (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '/quit' || trimmed === '/exit') break;
    if (trimmed !== '') output.write(`${await answerSafely(options, trimmed)}\n\n`);
    if (interactive) lines.prompt();
  }
  lines.close();
}

/**
 * One line's reply. A query's control characters would act on the terminal when echoed, so
 * every string is stripped of them; the console's own bold and links are added after.
 */
async function answerSafely(
  { store, settings, logger, interactive }: ConsoleOptions,
  line: string,
): Promise<string> {
  try {
    const { command, argument } = parseCommandLine(line);
    if (command === 'kb') {
      return stripControls(
        formatKbReport(await answerKbLine(argument, { store, settings, logger })),
      );
    }
    const defaultCouncil = settings.defaultCouncil(consoleActor.userId);
    const answer = stripAnswerControls(answerLine(store.current().api, line, defaultCouncil));
    return formatAnswerText(answer, interactive ? ttyStyle : plainStyle);
  } catch (error) {
    if (isUserError(error)) return stripControls(error.message);
    const ref = randomUUID().slice(0, 8);
    // A message about a specific child is never written to the log, even when it fails.
    const logged =
      analyseQuestion(line).scope.kind === 'safeguarding' ? '(withheld: about a child)' : line;
    logger.error({ err: error, ref, line: logged }, 'console line failed');
    return `Something went wrong (ref: ${ref}). The error is in the log.`;
  }
}
