import { describe, expect, it } from 'vitest';
import {
  parsePrintedDate,
  parsePrintedDateRange,
} from '../../../src/knowledge/pdf/parse-printed-dates.ts';

describe('parsePrintedDate', () => {
  it('reads a date as the reports print it', () => {
    expect(parsePrintedDate('4 September 2017')).toBe('2017-09-04');
    expect(parsePrintedDate('25/11/2016')).toBe('2016-11-25');
  });

  it('rejects what is not a real date', () => {
    expect(parsePrintedDate('31 June 2017')).toBeUndefined();
    expect(parsePrintedDate('September 2017')).toBeUndefined();
  });
});

describe('parsePrintedDateRange', () => {
  it.each([
    ['20 June – 13 July 2017', '2017-06-20', '2017-07-13'],
    ['3 February 2020 to 14 February 2020', '2020-02-03', '2020-02-14'],
    ['14 to 25 October 2024', '2024-10-14', '2024-10-25'],
    ['20 June 2017 ─ 13 July 2017', '2017-06-20', '2017-07-13'],
    ['4 July 2016–28 July 2016', '2016-07-04', '2016-07-28'],
    ['18 Feb 2014 – 12 March 2014', '2014-02-18', '2014-03-12'],
    ['12/09/2016 to 06/10/2016', '2016-09-12', '2016-10-06'],
    ['5 to 9 December 2022 and 14 to 15 February 2023', '2022-12-05', '2023-02-15'],
    ['19 November-11 December 2013 and 28 – 30 January 2014', '2013-11-19', '2014-01-30'],
  ])('reads "%s"', (text, from, to) => {
    expect(parsePrintedDateRange(text)).toEqual({ from, to });
  });

  it('rejects a range that ends before it starts, or is not a range', () => {
    expect(parsePrintedDateRange('25 to 14 October 2024')).toBeUndefined();
    expect(parsePrintedDateRange('14 October 2024')).toBeUndefined();
    expect(
      parsePrintedDateRange('8 July 2019 to 12 July 2019 and 7 August 2019 to'),
    ).toBeUndefined();
    expect(parsePrintedDateRange('14 to 25 Oc 2024')).toBeUndefined();
  });
});
