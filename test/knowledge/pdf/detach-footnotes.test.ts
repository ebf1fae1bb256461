import { describe, expect, it } from 'vitest';
import {
  detachFootnoteMarkers,
  detachFootnotes,
} from '../../../src/knowledge/pdf/detach-footnotes.ts';
import { lineText } from '../../../src/knowledge/pdf/pdf-line.ts';
import { fragment, line, page } from './make-line.ts';

describe('detachFootnoteMarkers', () => {
  it('takes a superscript footnote number off the word it follows ("Board1" → "Board")', () => {
    const board = line([
      fragment('Local Safeguarding Children Board', 72),
      fragment('1', 270, { size: 9, superscript: true }),
    ]);
    expect(lineText(board)).toBe('Local Safeguarding Children Board1');
    const { line: detached, markers } = detachFootnoteMarkers(board);
    expect(lineText(detached)).toBe('Local Safeguarding Children Board');
    expect(markers).toEqual(['1']);
  });

  it('keeps the space around a marker in mid-sentence', () => {
    const schools = line([
      fragment('four lived in residential special schools', 128, { xEnd: 330 }),
      fragment('3', 330.1, { size: 8, superscript: true, xEnd: 334.5 }),
      fragment('and they lived out of the authority', 338.2),
    ]);
    expect(lineText(detachFootnoteMarkers(schools).line)).toBe(
      'four lived in residential special schools and they lived out of the authority',
    );
  });

  it('leaves digits on the baseline alone', () => {
    const date = line([
      fragment('Report published: 4 September', 72, { xEnd: 250 }),
      fragment('2017', 253),
    ]);
    const { line: same, markers } = detachFootnoteMarkers(date);
    expect(lineText(same)).toBe('Report published: 4 September 2017');
    expect(markers).toEqual([]);
  });

  it('leaves a superscript that is not a number (an ordinal) in the text', () => {
    const ordinal = line([
      fragment('their 16', 72, { xEnd: 120 }),
      fragment('th', 120, { size: 8, superscript: true }),
    ]);
    expect(lineText(detachFootnoteMarkers(ordinal).line)).toBe('their 16th');
  });
});

describe('detachFootnotes', () => {
  const body = line(
    [
      fragment('Information about this area', 72, { xEnd: 300 }),
      fragment('2', 300, { size: 9, superscript: true }),
    ],
    { y: 700 },
  );
  const note = line(
    [
      fragment('2', 71, { size: 6.5, superscript: true }),
      fragment('The local authority was given the opportunity', 77.5, { size: 10 }),
    ],
    { y: 70, size: 10 },
  );
  const noteContinued = line('with local unvalidated data.', { y: 58, size: 10 });

  it('lifts the small print at the foot of a page out as a footnote, without its number', () => {
    const result = detachFootnotes([page(5, [body, note, noteContinued])], 12);
    expect(result.pages[0]?.lines.map((each) => lineText(each))).toEqual([
      'Information about this area',
    ]);
    expect(result.footnotes).toHaveLength(1);
    expect(result.footnotes[0]?.number).toBe('2');
    expect(result.footnotes[0]?.lines.map((each) => lineText(each))).toEqual([
      'The local authority was given the opportunity',
      'with local unvalidated data.',
    ]);
    expect(result.markers).toEqual([{ number: '2', page: 5 }]);
  });

  it('does not take running text for a footnote', () => {
    const paragraph = line('1. Ensure that managers have sufficient oversight of practice', {
      y: 70,
    });
    const result = detachFootnotes([page(7, [paragraph])], 12);
    expect(result.footnotes).toEqual([]);
    expect(result.pages[0]?.lines).toHaveLength(1);
  });
});

describe('detachFootnotes with numbers set in the note’s own type', () => {
  it('takes "6 Source: …" at the foot of a page for footnote 6 when the page marks it', () => {
    const census = page(4, [
      line([fragment('White British', 72), fragment('6', 150, { size: 7, superscript: true })], {
        y: 500,
      }),
      line([fragment('Black British', 72), fragment('7', 150, { size: 7, superscript: true })], {
        y: 480,
      }),
      line('5 children were placed out of area', { y: 160, size: 10 }),
      line('6 Source: ONS 2011 census', { y: 146, size: 10 }),
      line('7 Source: ONS 2011 census', { y: 134, size: 10 }),
    ]);
    const result = detachFootnotes([census], 12);
    const notes = result.footnotes.map((note) => [
      note.number,
      note.lines.map((each) => lineText(each)),
    ]);
    expect(notes).toEqual([
      ['6', ['Source: ONS 2011 census']],
      ['7', ['Source: ONS 2011 census']],
    ]);
    expect(result.pages[0]?.lines.map((each) => lineText(each))).toEqual([
      'White British',
      'Black British',
      '5 children were placed out of area',
    ]);
  });
});
