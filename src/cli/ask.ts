import { parseArgs } from 'node:util';
import { answerLine } from '../console/answer-line.ts';
import { formatAnswerText } from '../console/format-answer-text.ts';
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

  const { store } = await openKnowledge({ logLevel: 'error' });
  const answer = answerLine(store.current().api, line);
  process.stdout.write(
    values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${formatAnswerText(answer)}\n`,
  );
  return 0;
});
