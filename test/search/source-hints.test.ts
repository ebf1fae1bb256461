import { describe, expect, it } from 'vitest';
import { extractSourceHints } from '../../src/search/source-hints.ts';

const publishers = ['Ofsted', 'Inside Croydon', 'Croydon Conservatives'];

describe('extractSourceHints', () => {
  it('takes a named publisher out of the question and names it as the source', () => {
    expect(extractSourceHints('what did Ofsted say about fostering', publishers)).toEqual({
      publishers: ['Ofsted'],
      inspectors: false,
      text: 'what did say about fostering',
    });
  });

  it('takes "according to" with the source it attributes to, and keeps it elsewhere', () => {
    expect(
      extractSourceHints('who treats them better according to the inspectors', publishers).text,
    ).toBe('who treats them better');
    expect(extractSourceHints('care leavers according to Ofsted', publishers).text).toBe(
      'care leavers',
    );
    expect(extractSourceHints('paid according to need', publishers).text).toBe(
      'paid according to need',
    );
  });

  it('forgives a one-letter misspelling of a one-word publisher', () => {
    expect(extractSourceHints('what did ofstead say', publishers).publishers).toEqual(['Ofsted']);
  });

  it('needs every word of a longer publisher name', () => {
    expect(extractSourceHints('inside the service in Croydon', publishers).publishers).toEqual([]);
    expect(extractSourceHints('what did Inside Croydon report', publishers).publishers).toEqual([
      'Inside Croydon',
    ]);
  });

  it('reads "inspectors" as asking for the inspectors’ own words', () => {
    const hints = extractSourceHints('what did inspectors find about caseloads', publishers);
    expect(hints.inspectors).toBe(true);
    expect(hints.text).toBe('what did find about caseloads');
  });

  it('does not take other words for a publisher', () => {
    expect(extractSourceHints('offered support', publishers).publishers).toEqual([]);
  });

  it('keeps the inspectors when they are what is counted', () => {
    const hints = extractSourceHints('how many inspectors did Ofsted send?', ['Ofsted']);
    expect(hints.inspectors).toBe(false);
    expect(hints.text).toBe('how many inspectors did send?');
    // The publisher is taken out first, leaving two spaces where it stood.
    expect(extractSourceHints('how many Ofsted inspectors came?', ['Ofsted']).text).toContain(
      'inspectors',
    );
  });
});
