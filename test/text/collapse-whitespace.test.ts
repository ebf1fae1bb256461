import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/text/collapse-whitespace.ts';

describe('collapseWhitespace', () => {
  it('turns each run of whitespace into one space and trims', () => {
    expect(collapseWhitespace('  for children\n  looked\t\tafter  ')).toBe(
      'for children looked after',
    );
  });

  it('treats a non-breaking space as whitespace', () => {
    expect(collapseWhitespace('4\u00a0\u00a0September')).toBe('4 September');
  });

  it('leaves text with single spaces unchanged', () => {
    expect(collapseWhitespace('already tidy text')).toBe('already tidy text');
  });

  it('gives an empty string for blank text', () => {
    expect(collapseWhitespace(' \n ')).toBe('');
  });
});
