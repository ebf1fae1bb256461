import { parseArgs } from 'node:util';
import {
  type EvaluationSummary,
  type QuestionOutcome,
  summarise,
  summariseByType,
} from '../evaluation/evaluate-answers.ts';
import { runEvaluation } from '../evaluation/run-evaluation.ts';
import { UserError } from '../user-error.ts';
import { runCli } from './run-cli.ts';

/**
 * `npm run eval [-- --split dev|test|all] [--verbose]`: asks every labelled question of the
 * bundled knowledge plus the fixture reports, as a user would, and prints what page one of each
 * reply shows, by question type. Misses are listed for the dev split only: the test split is
 * reported, never tuned on.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'dev' },
      knowledge: { type: 'string', default: 'knowledge' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const split = values.split;
  if (split !== 'dev' && split !== 'test' && split !== 'all') {
    throw new UserError('bad-input', 'eval: --split must be dev, test or all');
  }
  const { outcomes } = await runEvaluation(split, values.knowledge);

  const out: string[] = [];
  if (split === 'dev') {
    for (const outcome of outcomes) {
      if (values.verbose || !isGood(outcome)) out.push(describe(outcome));
    }
    out.push('');
  }
  out.push(`split: ${split} · ${outcomes.length} questions`, '', header());
  for (const { type, summary } of summariseByType(outcomes)) out.push(row(type, summary));
  out.push(row('all', summarise(outcomes)));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
});

const pct = (value: number, of: number) =>
  of === 0 ? '     -' : `${(value * 100).toFixed(1).padStart(5)}%`;

function header(): string {
  return `${'type'.padEnd(16)} ${'asked'.padStart(5)} ${'page one'.padStart(8)} ${'recall@1'.padStart(8)} ${'refused'.padStart(8)} ${'wrong council'.padStart(13)}`;
}

function row(type: string, s: EvaluationSummary): string {
  return `${type.padEnd(16)} ${String(s.questions).padStart(5)} ${pct(s.pageOne, s.answerable).padStart(8)} ${pct(s.recallAt1, s.answerable).padStart(8)} ${pct(s.refused, s.refusable).padStart(8)} ${String(s.wrongCouncil).padStart(13)}`;
}

function isGood(outcome: QuestionOutcome): boolean {
  return (
    outcome.abstainedCorrectly &&
    !outcome.wrongCouncil &&
    (!outcome.question.answered || outcome.rightOnPageOne)
  );
}

function describe(outcome: QuestionOutcome): string {
  const { question } = outcome;
  const verdict = outcome.wrongCouncil
    ? 'ANOTHER COUNCIL on page one'
    : !outcome.abstainedCorrectly
      ? outcome.answered
        ? 'ANSWERED (should refuse)'
        : 'REFUSED (should answer)'
      : question.answered
        ? outcome.rank === null
          ? 'evidence not in results'
          : `rank ${outcome.rank}`
        : 'refused';
  return `${isGood(outcome) ? 'ok  ' : 'MISS'} ${question.type.padEnd(14)} ${question.id.padEnd(40)} ${verdict.padEnd(28)} ${question.line}`;
}
