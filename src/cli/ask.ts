import { parseArgs } from 'node:util';
import { answerKbLine, consoleActor, formatKbReport } from '../console/answer-kb-line.ts';
import { answerLine } from '../console/answer-line.ts';
import { formatAnswerText } from '../console/format-answer-text.ts';
import { parseCommandLine } from '../console/parse-command-line.ts';
import { stripAnswerControls } from '../console/strip-answer-controls.ts';
import { plainStyle, ttyStyle } from '../console/terminal-style.ts';
import { UserError } from '../user-error.ts';
import { openKnowledge } from './open-knowledge.ts';
import { runCli } from './run-cli.ts';

const usage =
  'Usage: npm run ask -- "<line>" [--json]   e.g. npm run ask -- "/finding supervision"';

runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const line = positionals.join(' ').trim();
  if (line === '') throw new UserError('bad-input', usage);

  const { store, settings, logger } = await openKnowledge({ logLevel: 'error' });
  const { command, argument } = parseCommandLine(line);
  if (command === 'kb') {
    // /kb status (or refresh) reports on the folder as this process loaded it.
    const report = await answerKbLine(argument, { store, settings, logger });
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatKbReport(report)}\n`,
    );
    return report.ok ? 0 : 1;
  }
  const answer = answerLine(
    store.current().api,
    line,
    settings.defaultCouncil(consoleActor.userId),
  );
  process.stdout.write(
    values.json
      ? `${JSON.stringify(answer, null, 2)}\n`
      : `${formatAnswerText(stripAnswerControls(answer), process.stdout.isTTY ? ttyStyle : plainStyle)}\n`,
  );
  return 0;
});
