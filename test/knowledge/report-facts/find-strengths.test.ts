import { describe, expect, it } from 'vitest';
import {
  namesAStrength,
  praisesPractice,
} from '../../../src/knowledge/report-facts/evaluative-words.ts';
import { findStrengths } from '../../../src/knowledge/report-facts/find-strengths.ts';
import { readReportLines } from '../../../src/knowledge/report-facts/report-lines.ts';

const strengths = (body: string) =>
  findStrengths('doc', readReportLines(body)).map((strength) => strength.text);

describe('praisesPractice', () => {
  it('takes praise with nothing against it', () => {
    expect(praisesPractice('Corporate parenting is exceptionally strong.')).toBe(true);
    expect(praisesPractice('Care leavers are supported to achieve well.')).toBe(true);
  });

  it('turns away a criticism, a contrast, an intention and a plain statement', () => {
    expect(praisesPractice('Plans are good, but reviews are late.')).toBe(false);
    expect(praisesPractice('Supervision is not effective.')).toBe(false);
    expect(praisesPractice('An improvement board was established.')).toBe(false);
    expect(praisesPractice('The council has had three directors since 2019.')).toBe(false);
    // What is still to do, in the reports' words.
    expect(praisesPractice('A few plans could be further improved to be of a high standard.')).toBe(
      false,
    );
    expect(praisesPractice('The pandemic has slowed improvement and there is more to do.')).toBe(
      false,
    );
    expect(
      praisesPractice('Leaders know that further improvements are needed for a good service.'),
    ).toBe(false);
    // A grade given at an inspection is a record, not practice praised.
    expect(praisesPractice('The local authority was judged to be good.')).toBe(false);
    expect(praisesPractice('Two were judged good or outstanding at their last inspection.')).toBe(
      false,
    );
    expect(praisesPractice('Of the six homes one is outstanding, four are good.')).toBe(false);
    expect(
      praisesPractice('Outstanding (Grade 1) A service that significantly exceeds requirements'),
    ).toBe(false);
    expect(
      praisesPractice('The plan reflects very well the improvements which are still required.'),
    ).toBe(false);
  });
});

describe('namesAStrength', () => {
  it('takes a sentence calling something a strength or exceptional practice', () => {
    expect(namesAStrength('The independent visiting scheme is a real strength.')).toBe(true);
    expect(namesAStrength('Pre-birth work is an area of excellent practice.')).toBe(true);
    expect(namesAStrength('Hearing the voice of the child is an exceptional strength.')).toBe(true);
  });

  it('turns away a strengths-based approach and a qualified strength', () => {
    expect(namesAStrength('Assessments are strengths-based.')).toBe(false);
    expect(namesAStrength('Early help is a strength, but thresholds are unclear.')).toBe(false);
  });
});

describe('findStrengths', () => {
  const ilacs = [
    '# Inspection of X local authority children’s services',
    'Inspection dates: 14 to 25 October 2024',
    '- Overall effectiveness Good',
    'Children in X receive strong services. Plans are thorough, but reviews are often late.',
    '# What needs to improve?',
    '- Timeliness of reviews.',
    '# The experiences and progress of care leavers: good',
    '1. Personal advisers know young people well.',
  ].join('\n\n');

  it('reads the opening summary sentence by sentence, each verbatim, praise only', () => {
    expect(strengths(ilacs)).toEqual(['Children in X receive strong services.']);
  });

  it('quotes each strength as its own source', () => {
    const [first] = findStrengths('doc', readReportLines(ilacs));
    expect(first?.source).toEqual({ doc: 'doc', quote: first?.text });
  });

  it('takes every sentence under a strengths heading, and ends it at the next section', () => {
    const sif = [
      '# Inspection of services for children in need of help and protection',
      '## The local authority’s strengths',
      '28. No children seen by inspectors were unsafe.',
      '## Progress since the last inspection',
      'Managers are skilled and committed to children.',
    ].join('\n\n');
    expect(strengths(sif)).toEqual(['No children seen by inspectors were unsafe.']);
  });

  it('ends a judgement’s summary at its first numbered finding', () => {
    const sif = [
      '# Inspection of services for children in need of help and protection',
      '### Summary',
      'Early help is highly effective in preventing need from escalating.',
      '32. Assessments are timely and thorough for most children.',
    ].join('\n\n');
    expect(strengths(sif)).toEqual([
      'Early help is highly effective in preventing need from escalating.',
    ]);
  });

  it('leaves out a sentence that points back to the one before', () => {
    const body = [
      '# Inspection of X',
      'Several areas need work. These include the effective use of supervision by managers.',
    ].join('\n\n');
    expect(strengths(body)).toEqual([]);
  });

  it('takes a sentence naming a strength wherever it stands, before the summary’s praise', () => {
    const body = [
      '# Inspection of X',
      'Children receive strong services.',
      '# The experiences and progress of children in care',
      '1. Plans are late. Life-story work is a strength and area of exceptional practice.',
      '2. Assessments are strengths-based.',
    ].join('\n\n');
    expect(strengths(body)).toEqual([
      'Life-story work is a strength and area of exceptional practice.',
      'Children receive strong services.',
    ]);
  });

  it('takes the body’s praise when the report names no strength and its summary praises nothing', () => {
    const body = [
      '# Inspection of X',
      'Children are not safe.',
      '# The experiences and progress of children in care',
      '1. Plans are late. Children are well represented by the children in care council.',
    ].join('\n\n');
    expect(strengths(body)).toEqual([
      'Children are well represented by the children in care council.',
    ]);
  });

  it('finds none in a report without headings', () => {
    expect(strengths('Children receive strong and effective services.')).toEqual([]);
  });
});
