import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.ts';
import {
  answerAcrossCouncils,
  listNames,
  oneCouncilsPart,
  questionForCouncil,
} from '../../src/answer/answer-across-councils.ts';
import { analyseQuestion } from '../../src/question/analyse-question.ts';
import { citedResult } from '../fixtures/cited-result.ts';

const hull = { id: 'kingston-upon-hull', name: 'Kingston upon Hull' };
const lambeth = { id: 'lambeth', name: 'Lambeth' };

const answerWith = (docIds: string[], overrides: Partial<Answer> = {}): Answer => ({
  command: 'ask',
  query: 'q',
  answered: docIds.length > 0,
  title: '“q”',
  summary: null,
  results: docIds.map((docId) => citedResult({ docId })),
  suggestions: [],
  notice: null,
  ...overrides,
});

describe('answerAcrossCouncils', () => {
  it('alternates the councils’ results, the longer list running on, each group naming its council', () => {
    const merged = answerAcrossCouncils(
      [
        { council: hull, answer: answerWith(['h1', 'h2', 'h3']) },
        { council: lambeth, answer: answerWith(['l1'], { summary: 'From 1 inspection.' }) },
      ],
      'q asked',
    );
    expect(merged.results.map((result) => result.docId)).toEqual(['h1', 'l1', 'h2', 'h3']);
    expect(merged.results.map((result) => result.group)).toEqual([
      'Kingston upon Hull',
      'Lambeth',
      'Kingston upon Hull',
      'Kingston upon Hull',
    ]);
    expect(merged.summary).toBe('Lambeth: From 1 inspection.');
    expect(merged.query).toBe('q asked');
    expect(merged.council).toEqual(hull);
  });

  it('says by name which council’s documents do not answer, filling nothing from another', () => {
    const merged = answerAcrossCouncils(
      [
        { council: hull, answer: answerWith([]) },
        { council: lambeth, answer: answerWith(['l1'], { suggestions: ['adoption'] }) },
      ],
      'q',
    );
    expect(merged.answered).toBe(true);
    expect(merged.results.map((result) => result.docId)).toEqual(['l1']);
    expect(merged.notice).toBe('Nothing in Kingston upon Hull’s documents answers this.');
    expect(merged.suggestions).toEqual(['adoption']);
  });

  it('names every council when none answers, quoting the question as asked', () => {
    const merged = answerAcrossCouncils(
      [
        { council: hull, answer: answerWith([], { notice: 'Nothing found about “q in”.' }) },
        { council: lambeth, answer: answerWith([]) },
      ],
      'q in Hull and Lambeth',
    );
    expect(merged.answered).toBe(false);
    expect(merged.query).toBe('q in Hull and Lambeth');
    expect(merged.notice).toBe(
      'Nothing in Kingston upon Hull’s or Lambeth’s documents answers this.',
    );
  });
});

describe('listNames', () => {
  it('lists names as a reader does', () => {
    const answer = answerWith([]);
    const bromley = { id: 'bromley', name: 'Bromley' };
    expect(listNames([{ council: hull, answer }])).toBe('Kingston upon Hull');
    expect(
      listNames([
        { council: hull, answer },
        { council: lambeth, answer },
        { council: bromley, answer },
      ]),
    ).toBe('Kingston upon Hull, Lambeth and Bromley');
  });
});

describe('questionForCouncil', () => {
  it('leaves out the words naming the other councils', () => {
    const text = 'care leavers in Hull vs Lambeth, who is better';
    const mentions = [
      {
        council: { id: 'kingston-upon-hull', name: 'Kingston upon Hull' },
        words: 'Hull',
        span: [16, 20] as [number, number],
      },
      {
        council: { id: 'lambeth', name: 'Lambeth' },
        words: 'Lambeth,',
        span: [24, 32] as [number, number],
      },
    ];
    expect(text.slice(16, 20)).toBe('Hull');
    expect(
      questionForCouncil('care leavers in Hull vs Lambeth, who is better', mentions, 'lambeth'),
    ).toBe('care leavers in vs Lambeth, who is better');
    expect(
      questionForCouncil(
        'care leavers in Hull vs Lambeth, who is better',
        mentions,
        'kingston-upon-hull',
      ),
    ).toBe('care leavers in Hull vs who is better');
  });
});

describe('oneCouncilsPart', () => {
  it('asks each council what it found, not how its own inspections compare', () => {
    expect(oneCouncilsPart(analyseQuestion('supervision in Hull vs Lambeth')).asks).toBe('finding');
    expect(oneCouncilsPart(analyseQuestion('care leavers in Hull vs Lambeth')).asks).toBe(
      'finding',
    );
    expect(oneCouncilsPart(analyseQuestion('adoption in Bradford vs Liverpool')).asks).toBe(
      'finding',
    );
    expect(oneCouncilsPart(analyseQuestion('overall grades, Hull vs Lambeth')).asks).toBe('grade');
  });

  it('asks for the grade first where it asks which is better on a judgement’s area', () => {
    expect(
      oneCouncilsPart(analyseQuestion("who's better for care leavers, Hull or Lambeth?")).asks,
    ).toBe('grade');
  });

  it('keeps a comparison of the years a question names', () => {
    const query = analyseQuestion('how did Hull care leavers compare between 2019 and 2024');
    expect(oneCouncilsPart(query)).toBe(query);
  });
});
