import { describe, expect, it } from 'vitest';
import {
  parsePrintedDate,
  parsePrintedDateRange,
} from '../../../src/knowledge/pdf/parse-printed-dates.ts';

describe('parsePrintedDate', () => {
  it('reads a date as the reports print it', () => {
    expect(parsePrintedDate('4 September 2017')).toBe('2017-09-04');
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
  ])('reads "%s"', (text, from, to) => {
    expect(parsePrintedDateRange(text)).toEqual({ from, to });
  });

  it('rejects a range that ends before it starts, or is not a range', () => {
    expect(parsePrintedDateRange('25 to 14 October 2024')).toBeUndefined();
    expect(parsePrintedDateRange('14 October 2024')).toBeUndefined();
  });
});
