import { beforeAll, describe, expect, it } from 'vitest';
import { type QuestionOutcome, summarise } from '../../src/evaluation/evaluate-answers.ts';
import type { LabelledQuestion } from '../../src/evaluation/question-set.ts';
import { runEvaluation } from '../../src/evaluation/run-evaluation.ts';

/**
 * The CI gate, on the held-out test split only, with a margin below the figures measured when
 * it was set (README, "How answers are found"), so no single question flips it. Raise these as
 * answers improve; never tune on the test split's misses. Set at 78.0% page one (286 answerable
 * questions, one is 0.35 points) and 82.6% refused (201, one is 0.5 points): about ten questions
 * of margin each. With the fifth round in the split, 77.2% page one (346 answerable, one is 0.29
 * points) and 83.8% refused (222, one is 0.45): eleven and thirteen questions of margin. With the
 * sixth round too, 77.2% page one (394 answerable, one is 0.25 points) and 83.7% refused (251,
 * one is 0.4): raised to 75% and 80%, nine questions of margin each. With the seventh round
 * too, 76.7% page one (468 answerable, one is 0.21 points) and 84.0% refused (294, one is 0.34):
 * eight and eleven questions of margin, kept. The eighth round asks about five councils no code
 * was tuned on, and scored 52.9% page one on test untuned: with it, 74.0% page one (538
 * answerable, one is 0.19 points) and 84.6% refused (325, one is 0.31). Page one is lowered to
 * 72% for those harder questions, not for worse answers (the earlier questions' test figure is
 * 76.5%, one question from the 76.7% before): ten and fifteen questions of margin. The ninth
 * round, five more such councils, scored 58.9% page one and 75.0% refused on test untuned: with
 * it, 73.1% page one (594 answerable, one is 0.17 points) and 84.4% refused (377, one is 0.27).
 * Page one is lowered to 71% for those questions (the earlier questions' test figures rose, to
 * 74.2% and 85.8%): twelve and sixteen questions of margin. The tenth round, five more, scored
 * 63.8% page one and 76.9% refused on test untuned (with evidence matched as now: a colon reads
 * as a space): with it, 73.9% page one (641 answerable, one is 0.16 points) and 83.9% refused
 * (442, one is 0.23): eighteen and seventeen questions of margin, kept. The eleventh round,
 * five more, scored 54.8% page one and 72.2% refused on test untuned: with it, 72.1% page one
 * (703 answerable, one is 0.14 points) and 82.7% refused (496, one is 0.20). Page one is lowered
 * to 70% for those questions: fourteen and thirteen questions of margin.
 */
const gate = { pageOne: 0.7, refused: 0.8, wrongCouncil: 0 };

let questions: LabelledQuestion[];
let outcomes: QuestionOutcome[];

beforeAll(async () => {
  ({ questions, outcomes } = await runEvaluation('test'));
}, 120_000);

describe('the labelled questions', () => {
  it('number at least 300: 100 about other councils, 60 to refuse, split once into dev and test', () => {
    expect(questions.length).toBeGreaterThanOrEqual(300);
    const otherCouncils = questions.filter((q) => q.council && q.council !== 'Croydon');
    expect(otherCouncils.length).toBeGreaterThanOrEqual(100);
    const refusals = questions.filter((q) => ['off-topic', 'near-miss'].includes(q.type));
    expect(refusals.length).toBeGreaterThanOrEqual(60);
    const test = questions.filter((q) => q.split === 'test');
    expect(test.length / questions.length).toBeGreaterThan(0.3);
  });
});

describe('the held-out test split (the CI gate)', () => {
  it(`has a right answer on page one for at least ${gate.pageOne * 100}% of answerable questions`, () => {
    expect(summarise(outcomes).pageOne).toBeGreaterThanOrEqual(gate.pageOne);
  });

  it(`refuses at least ${gate.refused * 100}% of the questions it should refuse`, () => {
    expect(summarise(outcomes).refused).toBeGreaterThanOrEqual(gate.refused);
  });

  it('never shows one council’s findings in answer to a question about another', () => {
    const wrong = outcomes.filter((o) => o.wrongCouncil).map((o) => o.question.id);
    expect(wrong).toEqual([]);
  });
});
