import { describe, expect, it } from 'vitest';
import { changeTopic, mainClause } from '../../src/answer/ask-question.ts';
import { asksWhatWasSaid, questionIntent } from '../../src/answer/question-intent.ts';

describe('questionIntent', () => {
  it('recognises the four kinds of question from their wording', () => {
    expect([...questionIntent('How was adoption rated?')]).toEqual(['rating']);
    expect([...questionIntent('When was the report published?')]).toContain('timeline');
    expect([...questionIntent('Who led the inspection?')]).toContain('person');
    expect([...questionIntent('Could it be taken over by a trust?')]).toEqual(['consequence']);
  });

  it('lets the opening words decide the kind of answer', () => {
    expect([...questionIntent('What happened after the 2017 inadequate judgement?')]).toEqual([
      'consequence',
      'timeline',
    ]);
  });

  it('finds no intent in a plain topic question', () => {
    expect(questionIntent('supervision of social workers').size).toBe(0);
  });
});

describe('asksWhatWasSaid', () => {
  it('recognises questions about what someone said', () => {
    expect(asksWhatWasSaid('What did Jo Negrini say about the report?')).toBe(true);
    expect(asksWhatWasSaid('Did Barbara Peacock apologise?')).toBe(true);
    expect(asksWhatWasSaid('Who is Jo Negrini?')).toBe(false);
  });
});

describe('changeTopic', () => {
  it('finds the topic of a question about change over time', () => {
    expect(changeTopic('How has supervision of social workers changed since 2017?')).toBe(
      'How has supervision of social workers',
    );
    expect(changeTopic('Has adoption improved?')).toBe('Has adoption');
  });

  it('leaves other questions alone, "improvement" as a topic included', () => {
    expect(changeTopic('What is the improvement board?')).toBeUndefined();
    expect(changeTopic('Did the council have three months to improve?')).toBeUndefined();
  });
});

describe('mainClause', () => {
  it('drops the time clause of a question', () => {
    expect(mainClause('Who was leader of the council when the 2017 report came out?')).toBe(
      'Who was leader of the council',
    );
    expect(mainClause('Who is Tim Pollard?')).toBe('Who is Tim Pollard?');
  });
});
