import { parseArgs } from 'node:util';
import { answerLine } from '../console/answer-line.ts';
import { type QuestionOutcome, scoreAnswer, summarise } from '../evaluation/evaluate-answers.ts';
import { loadQuestionSet } from '../evaluation/question-set.ts';
import { openKnowledge } from './open-knowledge.ts';
import { runCli } from './run-cli.ts';

/** `npm run eval`: scores the bot on the labelled question set and prints the figures. */
runCli(async () => {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string', default: 'test/eval/questions.yaml' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const questions = await loadQuestionSet(values.questions);
  const { store } = await openKnowledge({ logLevel: 'error' });
  const api = store.current().api;
  const outcomes = questions.map((question) =>
    scoreAnswer(question, answerLine(api, question.line)),
  );
  const summary = summarise(outcomes);

  const out: string[] = [];
  for (const outcome of outcomes) {
    if (values.verbose || !isGood(outcome)) out.push(describe(outcome));
  }
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  out.push(
    '',
    `questions            ${summary.questions} (${summary.answerable} answerable)`,
    `recall@1             ${pct(summary.recallAt1)}`,
    `recall@3             ${pct(summary.recallAt3)}`,
    `MRR                  ${summary.mrr.toFixed(3)}`,
    `abstention accuracy  ${pct(summary.abstentionAccuracy)}`,
    `off-topic answered   ${summary.offTopicAnswered}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
});

function isGood(outcome: QuestionOutcome): boolean {
  return outcome.abstainedCorrectly && (!outcome.question.answered || (outcome.rank ?? 99) <= 3);
}

function describe(outcome: QuestionOutcome): string {
  const { question } = outcome;
  const verdict = !outcome.abstainedCorrectly
    ? outcome.answered
      ? 'ANSWERED (should abstain)'
      : 'ABSTAINED (should answer)'
    : question.answered
      ? outcome.rank === null
        ? 'evidence not in results'
        : `rank ${outcome.rank}`
      : 'abstained';
  return `${isGood(outcome) ? 'ok  ' : 'MISS'} ${question.id.padEnd(36)} ${verdict.padEnd(26)} ${question.line}`;
}
