import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/question/analyse-question.ts';

const topic = (text: string) => analyseQuestion(text).topic;

describe('analyseQuestion: the topic of a strengths, improvements or comparison question', () => {
  it('leaves out the words that only say what kind of answer is wanted', () => {
    expect(topic('what is Leeds good at with care leavers?')).toBe(
      'what is Leeds with care leavers?',
    );
  });

  it('leaves out who said it: every answer is the reports’ own words', () => {
    expect(topic('what is croydon actually good at according to ofsted 2024')).toBe(
      'what is croydon actually 2024',
    );
    expect(topic('did ofsted say anything nice about foster carers')).toBe('about foster carers');
  });

  it('leaves out the words that chose the inspection, kept in the inspection reference', () => {
    const query = analyseQuestion(
      'did ofsted say anything nice about foster carers in the first one?',
    );
    expect(query.inspection).toEqual({ kind: 'first' });
    expect(query.topic).toBe('about foster carers in ?');
  });

  it('leaves out a grade in people’s words: "the 2017 fail" names the grade, not a topic', () => {
    expect(topic('did croydon get better after the 2017 fail or is that just spin')).toBe(
      'did croydon after the 2017 or is that just spin',
    );
    expect(topic('has hull gone backwards since its 2015 inspection')).toBe('has hull');
    expect(topic('how different are the 2016 and 2024 reports')).toBe('are the 2016 and 2024');
    // "Across the board" says which areas, not what about.
    expect(topic('it was inadequate across the board but did they say anything nice')).not.toMatch(
      /board/,
    );
    // Read as a comparison from its two times, a question loses the words that frame a change.
    expect(topic('in 2017 missing kids were not spoken to, was that still the case in 2020')).toBe(
      'in 2017 missing kids were not spoken to, was that the case in 2020',
    );
  });

  it('leaves out an inspection named by its year', () => {
    expect(topic('has hull got better or worse since the 2015 inspection?')).toBe('has hull or ?');
  });

  it('leaves out every word a comparison is framed in, keeping what changed', () => {
    const framed = topic('did the croydon front door get better between 2017 and 2020');
    expect(framed).toContain('front door');
    expect(framed).not.toMatch(/\b(get|better|between)\b/);
    expect(topic('are caseloads lower now than in 2016?')).toBe('are caseloads in 2016?');
  });

  it('leaves out the words that name the whole subject: the council, its grades, the report', () => {
    expect(topic('Durham got outstanding, what are they best at?')).toBe(
      'Durham got , what are they ?',
    );
    expect(topic("is there anything bcp children's services actually does well")).toBe(
      'is there anything bcp actually',
    );
  });

  it('keeps the whole question as the topic of a finding', () => {
    const text = 'what did the report say about the first visit?';
    expect(analyseQuestion(text).topic).toBe(text);
  });
});
