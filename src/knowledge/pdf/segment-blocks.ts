import { hangingIndentOf, paragraphNumberOf, startsWithBullet } from './line-markers.ts';
import { lineText, type PdfLine } from './pdf-line.ts';

/** Lines that belong together: a heading, a paragraph, a numbered paragraph or a bullet item. */
export interface LineBlock {
  readonly kind: 'heading' | 'text' | 'numbered' | 'bullet';
  readonly lines: PdfLine[];
  /** The page the block starts on. */
  readonly page: number;
  readonly size: number;
  /** Pages after its first that the block was continued on. */
  readonly continuedOn: number[];
}

/** Lines further apart than this many font sizes are in different blocks (wrapped lines: ~1.2). */
const MAX_LINE_GAP = 1.45;
const SIZE_TOLERANCE = 0.5;
const INDENT_TOLERANCE = 2;
/** A line ending like this ends a sentence, so a page break after it may end the paragraph. */
const SENTENCE_END = /(?:[.!?][’”'")]*|[:;)])$/;

/**
 * Split running lines into blocks by layout: a new block at a paragraph number, a bullet, a
 * change of style, or a gap wider than a wrapped line's; across a page break a block continues
 * when the next page resumes it (same style, and at its hanging indent or mid-sentence).
 */
export function segmentBlocks(lines: readonly PdfLine[], bodySize: number): LineBlock[] {
  const blocks: LineBlock[] = [];
  let current: LineBlock | undefined;
  for (const line of lines) {
    if (current !== undefined && continuesBlock(current, line)) {
      const last = current.lines.at(-1);
      if (last !== undefined && last.page !== line.page) current.continuedOn.push(line.page);
      current.lines.push(line);
      continue;
    }
    current = {
      kind: kindOf(line, bodySize),
      lines: [line],
      page: line.page,
      size: line.size,
      continuedOn: [],
    };
    blocks.push(current);
  }
  return blocks;
}

function kindOf(line: PdfLine, bodySize: number): LineBlock['kind'] {
  if (paragraphNumberOf(line) !== undefined) return 'numbered';
  if (startsWithBullet(line)) return 'bullet';
  if (line.bold && line.size >= bodySize - SIZE_TOLERANCE) return 'heading';
  return 'text';
}

function continuesBlock(block: LineBlock, line: PdfLine): boolean {
  const last = block.lines.at(-1);
  const first = block.lines[0];
  if (last === undefined || first === undefined) return false;
  if (paragraphNumberOf(line) !== undefined || startsWithBullet(line)) return false;
  if (Math.abs(line.size - block.size) > SIZE_TOLERANCE) return false;
  if (line.bold !== first.bold && !endsInBold(block, last, line)) return false;
  if (line.page === last.page) {
    const gap = last.y - line.y;
    return gap > 0 && gap <= MAX_LINE_GAP * Math.max(line.size, last.size);
  }
  if (block.kind === 'heading') return false;
  const atHangingIndent =
    block.kind !== 'text' && Math.abs(line.x - hangingIndentOf(first)) <= INDENT_TOLERANCE;
  return atHangingIndent || !SENTENCE_END.test(lineText(last));
}

/**
 * A sentence that runs on into bold type on the next line ends in its judgement ("The
 * effectiveness of the Local Safeguarding Children Board (LSCB) is" / "requires improvement"):
 * the bold words finish the sentence rather than start a heading.
 */
function endsInBold(block: LineBlock, last: PdfLine, line: PdfLine): boolean {
  return (
    block.kind === 'text' &&
    !last.bold &&
    line.bold &&
    line.page === last.page &&
    /[\p{Ll})]$/u.test(lineText(last))
  );
}
