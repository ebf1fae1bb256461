import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/knowledge/locate-quote.ts';

const body =
  'Intro.\n\nThe local authority’s services for children\nlooked after are inadequate (see 3.1).';

describe('locateQuote', () => {
  it('finds a quote word for word and returns its offsets', () => {
    const location = locateQuote(body, 'are inadequate');
    expect(location).toEqual({ start: body.indexOf('are'), end: body.indexOf(' (see') });
  });

  it('finds a quote across a line break', () => {
    const location = locateQuote(body, 'for children looked after');
    if (!location) throw new Error('not found');
    expect(body.slice(location.start, location.end)).toBe('for children\nlooked after');
  });

  it('finds a quote whose whitespace differs (extra spaces, tabs, YAML folding)', () => {
    const location = locateQuote(body, '  services   for\tchildren\n  looked  ');
    if (!location) throw new Error('not found');
    expect(body.slice(location.start, location.end)).toBe('services for children\nlooked');
  });

  it('keeps the curly apostrophe: a straight one is a different character', () => {
    expect(locateQuote(body, 'The local authority’s services')).toBeDefined();
    expect(locateQuote(body, "The local authority's services")).toBeUndefined();
  });

  it('does not find a quote with one changed letter', () => {
    expect(locateQuote(body, 'looked after are inadequate')).toBeDefined();
    expect(locateQuote(body, 'looked after are inadaquate')).toBeUndefined();
  });

  it('treats regular-expression characters in a quote literally', () => {
    expect(locateQuote(body, 'inadequate (see 3.1).')).toBeDefined();
    expect(locateQuote(body, 'inadequate (see 3x1).')).toBeUndefined();
  });

  it('finds nothing for an empty or blank quote', () => {
    expect(locateQuote(body, '')).toBeUndefined();
    expect(locateQuote(body, ' \n ')).toBeUndefined();
  });
});
