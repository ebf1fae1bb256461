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

describe('locateQuote, where the first word recurs', () => {
  it('finds the leftmost whole-word occurrence, past earlier partial ones', () => {
    const text = 'children in need; the children in care; children in care again';
    const location = locateQuote(text, 'children in care');
    expect(location).toEqual({ start: text.indexOf('children in care'), end: 38 });
    expect(locateQuote('grandchildren in care', 'children in care')).toBeUndefined();
    expect(locateQuote('the grandchildren in care, children in care', 'children in care')).toEqual({
      start: 27,
      end: 43,
    });
  });
});

describe('locateQuote at word boundaries', () => {
  it('needs a boundary only where the quote itself starts or ends with a letter', () => {
    expect(locateQuote('children in cared', 'children in care')).toBeUndefined();
    expect(locateQuote('said “children in care”', '“children in care”')).toEqual({
      start: 5,
      end: 23,
    });
    expect(locateQuote('x(see 3.1).y', '(see 3.1).')).toEqual({ start: 1, end: 11 });
  });

  it('treats a letter outside the basic plane as a letter', () => {
    expect(locateQuote('𝐀children in care', 'children in care')).toBeUndefined();
    expect(locateQuote('children in care𝐀', 'children in care')).toBeUndefined();
    expect(locateQuote('😀children in care😀', 'children in care')).toEqual({ start: 2, end: 18 });
  });
});
