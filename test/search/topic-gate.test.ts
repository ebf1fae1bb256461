import { describe, expect, it } from 'vitest';
import { synonymTable } from '../../src/search/synonym-table.ts';
import { createTopicGate } from '../../src/search/topic-gate.ts';
import { testSynonyms } from '../fixtures/test-synonyms.ts';

const onTopic = createTopicGate(['Alisa Flemming', 'Tim Pollard'], testSynonyms());

describe('createTopicGate', () => {
  it('passes questions about children’s services and their inspection', () => {
    expect(onTopic('Are social worker caseloads too high?')).toBe(true);
    expect(onTopic('What did Ofsted say about fostering?')).toBe(true);
    expect(onTopic('Are LAC in stable placements?')).toBe(true);
  });

  it('passes a question naming a person from the facts', () => {
    expect(onTopic('Did Tim Pollard comment?')).toBe(true);
  });

  it('forgives a typo in a longer word', () => {
    expect(onTopic('what did ofstead say about fostring')).toBe(true);
  });

  it('gives no benefit of likeness to an English word: "dating" is not a typo for "rating"', () => {
    expect(onTopic('who is she dating now')).toBe(false);
    expect(onTopic('the leaves are going soft')).toBe(false);
  });

  it('turns away questions about anything else, the council’s other services included', () => {
    expect(onTopic('Where is the best pizza in Croydon?')).toBe(false);
    expect(onTopic('How do I pay my council tax?')).toBe(false);
    expect(onTopic('How do I apply for a primary school place in Croydon?')).toBe(false);
    expect(onTopic('Croydon tram timetable')).toBe(false);
  });

  it('passes a question naming a group’s topic terms, not its other words', () => {
    const synonyms = synonymTable([
      { terms: ['Youth Inclusion and Support Panel', 'YISP'], topicTerms: ['YISP'] },
      { terms: ['council', 'local authority'], topicTerms: [] },
    ]);
    const gate = createTopicGate([], synonyms);
    expect(gate('What does the YISP do?')).toBe(true);
    expect(gate('Where is the local authority tip?')).toBe(false);
    expect(gate('Which football club should I support?')).toBe(false);
    expect(createTopicGate([], testSynonyms())('What does the YISP do?')).toBe(false);
  });
});
