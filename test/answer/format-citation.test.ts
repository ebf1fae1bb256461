import { describe, expect, it } from 'vitest';
import type { CitedResult } from '../../src/answer/answer.ts';
import { formatCitation, formatPublished } from '../../src/answer/format-citation.ts';
import { citedResult } from '../fixtures/cited-result.ts';

/** A cited result with the fields a citation reads. */
const result = (overrides: Partial<CitedResult>) =>
  citedResult({
    docId: 'ofsted-2012',
    passageId: 'ofsted-2012#14',
    paragraph: null,
    published: '2012-06-15',
    title: 'Inspection',
    excerpt: 'Supervision is rare.',
    ...overrides,
  });

describe('formatPublished', () => {
  it('writes a day-precise date as day, short month and year', () => {
    expect(formatPublished('2012-06-15', 'day')).toBe('15 Jun 2012');
    expect(formatPublished('2019-03-01', 'day')).toBe('1 Mar 2019');
  });

  it('drops the day for month precision', () => {
    expect(formatPublished('2012-06-15', 'month')).toBe('Jun 2012');
  });

  it('marks an approximate date with "c."', () => {
    expect(formatPublished('2012-06-15', 'approximate')).toBe('c. Jun 2012');
  });

  it('reads the date in UTC, so the first of the month stays the first', () => {
    expect(formatPublished('2018-01-01', 'day')).toBe('1 Jan 2018');
  });

  // ICU's en-GB data says "Sept"; citations must read "Sep" whatever ICU Node was built with.
  it('abbreviates September as "Sep", as documented', () => {
    expect(formatPublished('2017-09-04', 'day')).toBe('4 Sep 2017');
    expect(formatPublished('2017-09-04', 'month')).toBe('Sep 2017');
    expect(formatPublished('2017-09-04', 'approximate')).toBe('c. Sep 2017');
  });
});

describe('formatCitation', () => {
  it('gives publisher, date and printed paragraph', () => {
    expect(formatCitation(result({ paragraph: 110 }))).toBe('Ofsted, 15 Jun 2012, para 110');
  });

  it('leaves out the paragraph when the passage has none', () => {
    expect(formatCitation(result({ paragraph: null }))).toBe('Ofsted, 15 Jun 2012');
  });

  it('writes the date only as precisely as it is known', () => {
    expect(
      formatCitation(result({ publisher: 'Inside Croydon', datePrecision: 'approximate' })),
    ).toBe('Inside Croydon, c. Jun 2012');
  });

  it('reads "Ofsted, 4 Sep 2017, para 110" for a September report', () => {
    expect(formatCitation(result({ published: '2017-09-04', paragraph: 110 }))).toBe(
      'Ofsted, 4 Sep 2017, para 110',
    );
  });
});
