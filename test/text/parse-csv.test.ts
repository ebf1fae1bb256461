import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/text/parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF line ends', () => {
    expect(parseCsv('a,b\r\n"Bournemouth, Christchurch and Poole","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['Bournemouth, Christchurch and Poole', 'say "hi"'],
    ]);
  });

  it('keeps empty fields and adds no row for a trailing newline', () => {
    expect(parseCsv('a,,c\n')).toEqual([['a', '', 'c']]);
  });

  it('refuses an unterminated quoted field', () => {
    expect(() => parseCsv('a,"b\n')).toThrow('unterminated quoted field');
  });
});
