import { describe, expect, it } from 'vitest';
import { lineText } from '../../../src/knowledge/pdf/pdf-line.ts';
import { segmentBlocks } from '../../../src/knowledge/pdf/segment-blocks.ts';
import { fragment, line } from './make-line.ts';

const numbered = (number: string, text: string, y: number, page = 1) =>
  line(
    [fragment(number, 71, { xEnd: 81 }), fragment(' ', 81, { xEnd: 99 }), fragment(text, 99.3)],
    {
      y,
      page,
    },
  );
const wrapped = (text: string, y: number, page = 1, x = 99.3) => line(text, { y, page, x });
const texts = (blocks: ReturnType<typeof segmentBlocks>) =>
  blocks.map((block) => block.lines.map((each) => lineText(each)).join(' / '));

describe('segmentBlocks', () => {
  it('starts a block at a paragraph number and keeps wrapped lines with it', () => {
    const blocks = segmentBlocks(
      [
        numbered('1.', 'Despite some strong', 555.7),
        wrapped('areas of practice.', 541.3),
        numbered('2.', 'Families', 471.3),
      ],
      12,
    );
    expect(blocks.map((block) => block.kind)).toEqual(['numbered', 'numbered']);
    expect(texts(blocks)).toEqual(['1. Despite some strong / areas of practice.', '2. Families']);
  });

  it('keeps a number that ends a wrapped sentence ("2014–" / "15.") in its paragraph', () => {
    const blocks = segmentBlocks(
      [
        numbered('86.', 'Timescales came down from 61 weeks in 2014–', 184),
        wrapped('15.', 169),
        numbered('87.', 'The Adoption Panel', 143),
      ],
      12,
    );
    expect(texts(blocks)).toEqual([
      '86. Timescales came down from 61 weeks in 2014– / 15.',
      '87. The Adoption Panel',
    ]);
  });

  it('keeps a sentence that finishes in bold type in one block, and a bold heading apart', () => {
    const blocks = segmentBlocks(
      [
        line('The effectiveness of the Local Safeguarding Children Board (LSCB)', {
          y: 228,
          size: 14,
        }),
        line('requires improvement', { y: 211, size: 14, bold: true }),
        line('Children’s services are good.', { y: 180, size: 14 }),
        line('Areas for improvement', { y: 163, size: 14, bold: true }),
      ],
      12,
    );
    expect(texts(blocks)).toEqual([
      'The effectiveness of the Local Safeguarding Children Board (LSCB) / requires improvement',
      'Children’s services are good.',
      'Areas for improvement',
    ]);
  });

  it('reads a paragraph number the PDF splits into "9" and "."', () => {
    const split = line(
      [
        fragment('9', 85.1, { xEnd: 91.7 }),
        fragment('.', 91.7, { xEnd: 96 }),
        fragment(' ', 96, { xEnd: 113.4 }),
        fragment('Effective action is being taken', 113.4),
      ],
      { y: 270 },
    );
    const blocks = segmentBlocks([split, wrapped('impact of chronic neglect.', 255, 1, 113.4)], 12);
    expect(blocks.map((block) => block.kind)).toEqual(['numbered']);
    expect(texts(blocks)).toEqual([
      '9. Effective action is being taken / impact of chronic neglect.',
    ]);
  });

  it('reads a number split into digits with its point glued to the words ("1", "4", ". Reading")', () => {
    const split = line(
      [
        fragment('1', 79.1, { xEnd: 85.7 }),
        fragment('4', 85.7, { xEnd: 92.3 }),
        fragment('. Reading has a diverse population', 92.2),
      ],
      { y: 600 },
    );
    const [block] = segmentBlocks([split], 12);
    expect(block?.kind).toBe('numbered');
    expect(texts(segmentBlocks([split], 12))).toEqual(['14. Reading has a diverse population']);
  });

  it('starts a block after a paragraph gap', () => {
    const blocks = segmentBlocks(
      [line('First paragraph.', { y: 700 }), line('Second paragraph.', { y: 673.5 })],
      12,
    );
    expect(blocks).toHaveLength(2);
  });

  it('re-joins a numbered paragraph across a page break at its hanging indent', () => {
    const blocks = segmentBlocks(
      [
        numbered('5.', 'leaders have recognised a need to', 131),
        wrapped('further strengthen recording.', 736.4, 2),
      ],
      12,
    );
    expect(texts(blocks)).toEqual([
      '5. leaders have recognised a need to / further strengthen recording.',
    ]);
    expect(blocks[0]?.continuedOn).toEqual([2]);
  });

  it('re-joins a plain paragraph broken mid-sentence by a page break', () => {
    const blocks = segmentBlocks(
      [
        line('Children who need help and', { y: 80 }),
        line('protection are seen quickly.', { y: 736, page: 2 }),
      ],
      12,
    );
    expect(blocks).toHaveLength(1);
  });

  it('does not join a finished plain paragraph to the next page’s first paragraph', () => {
    const blocks = segmentBlocks(
      [
        line('the areas of greatest concern.', { y: 80 }),
        line('Most children looked after live', { y: 736, page: 2 }),
      ],
      12,
    );
    expect(blocks).toHaveLength(2);
  });

  it('separates a bold heading from the text under it', () => {
    const blocks = segmentBlocks(
      [line('Inspection findings', { y: 736, bold: true }), line('Text under it.', { y: 722 })],
      12,
    );
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'text']);
  });
});
