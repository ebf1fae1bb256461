import { describe, expect, it } from 'vitest';
import type { Answer, CitedResult } from '../../src/answer/answer.ts';
import { scoreAnswer, showsEvidence, summarise } from '../../src/evaluation/evaluate-answers.ts';
import type { LabelledQuestion } from '../../src/evaluation/question-set.ts';
import { citedResult } from '../fixtures/cited-result.ts';

const result = (docId: string, excerpt: string) =>
  citedResult({
    docId,
    excerpt,
    passageId: `${docId}#1`,
    paragraph: null,
    title: 'A title',
    kindLabel: 'label',
  });

const answer = (answered: boolean, results: CitedResult[]): Answer => ({
  command: 'ask',
  query: 'q',
  answered,
  title: 't',
  summary: null,
  results,
  suggestions: [],
  notice: null,
});

const question = (
  answered: boolean,
  contains = 'supervision is ineffective',
): LabelledQuestion => ({
  id: 'q',
  type: answered ? 'finding' : 'off-topic',
  split: 'dev',
  line: 'q',
  answered,
  evidence: answered ? [{ doc: 'ofsted-2017', contains }] : [],
});

describe('showsEvidence', () => {
  it('matches case-insensitively across curly quotes and wrapped whitespace', () => {
    expect(
      showsEvidence(result('ofsted-2017', 'Children’s\nservices are inadequate'), {
        contains: "children's services are",
      }),
    ).toBe(true);
  });

  it('matches a grade printed as a heading to one printed in the grade table', () => {
    const heading = result(
      'ofsted-2024',
      'The experiences and progress of care leavers: outstanding',
    );
    expect(
      showsEvidence(heading, {
        contains: 'The experiences and progress of care leavers Outstanding',
      }),
    ).toBe(true);
  });

  it('requires the named document', () => {
    const shown = result('press-release', 'Supervision is ineffective here.');
    expect(
      showsEvidence(shown, { doc: 'ofsted-2017', contains: 'supervision is ineffective' }),
    ).toBe(false);
  });

  it('does not match evidence that is absent from the excerpt', () => {
    expect(
      showsEvidence(result('ofsted-2017', 'Caseloads are high.'), { contains: 'supervision' }),
    ).toBe(false);
  });
});

describe('scoreAnswer and summarise', () => {
  it('ranks the first result showing the evidence', () => {
    const outcome = scoreAnswer(
      question(true),
      answer(true, [
        result('ofsted-2017', 'Caseloads.'),
        result('ofsted-2017', 'Supervision is ineffective.'),
      ]),
    );
    expect(outcome.rank).toBe(2);
    expect(outcome.abstainedCorrectly).toBe(true);
  });

  it('gives no rank when the bot abstained on an answerable question', () => {
    const outcome = scoreAnswer(question(true), answer(false, []));
    expect(outcome.rank).toBeNull();
    expect(outcome.abstainedCorrectly).toBe(false);
  });

  it('computes page-one accuracy, recall@1, MRR and refusals', () => {
    const hit = (rank: number) =>
      scoreAnswer(
        question(true),
        answer(
          true,
          Array.from({ length: rank }, (_, i) =>
            result('ofsted-2017', i === rank - 1 ? 'Supervision is ineffective.' : 'Other.'),
          ),
        ),
      );
    const offTopicAnswered = scoreAnswer(question(false), answer(true, [result('x', 'y')]));
    const offTopicAbstained = scoreAnswer(question(false), answer(false, []));
    const summary = summarise([hit(1), hit(4), hit(5), offTopicAnswered, offTopicAbstained]);
    expect(summary.answerable).toBe(3);
    expect(summary.pageOne).toBeCloseTo(2 / 3);
    expect(summary.recallAt1).toBeCloseTo(1 / 3);
    expect(summary.mrr).toBeCloseTo((1 + 1 / 4 + 1 / 5) / 3);
    expect(summary.refusable).toBe(2);
    expect(summary.refused).toBeCloseTo(1 / 2);
    expect(summary.wronglyRefused).toBe(0);
  });

  it('counts an answer that quotes another council on page one', () => {
    const context = {
      councilOfDocument: (docId: string) => (docId.startsWith('lambeth') ? 'lambeth' : 'croydon'),
      documentOfReport: () => undefined,
      councilId: (name: string) => name.toLowerCase(),
    };
    const asked = { ...question(true), council: 'Croydon' };
    const mixed = answer(true, [
      result('ofsted-2017', 'Supervision is ineffective.'),
      result('lambeth-ofsted-2022', 'x'),
    ]);
    expect(scoreAnswer(asked, mixed, context).wrongCouncil).toBe(true);
    const own = answer(true, [result('ofsted-2017', 'Supervision is ineffective.')]);
    expect(scoreAnswer(asked, own, context).wrongCouncil).toBe(false);
  });

  it('finds evidence named by the report it was imported from', () => {
    const context = {
      documentOfReport: (file: string) => (file === 'a.pdf' ? 'doc-a' : undefined),
    };
    const shown = result('doc-a', 'Supervision is ineffective.');
    expect(showsEvidence(shown, { report: 'a.pdf', contains: 'supervision' }, context)).toBe(true);
    expect(showsEvidence(shown, { report: 'b.pdf', contains: 'supervision' }, context)).toBe(false);
  });
});
