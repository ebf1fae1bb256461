import type { Footnote } from './detach-footnotes.ts';
import type { JoinLines, PlacedBlock } from './report-block.ts';

/**
 * Put footnotes where they are printed, as paragraphs without their numbers: after the last block
 * that starts on their page, and after the end of a list rather than inside it.
 */
export function insertFootnotes(
  body: PlacedBlock[],
  footnotes: readonly Footnote[],
  join: JoinLines,
): void {
  for (const footnote of footnotes) {
    let index = body.findIndex((placed) => placed.page > footnote.page);
    if (index === -1) index = body.length;
    while (
      index > 0 &&
      index < body.length &&
      body[index]?.block.kind === 'list-item' &&
      body[index - 1]?.block.kind === 'list-item'
    ) {
      index += 1;
    }
    body.splice(index, 0, {
      block: { kind: 'paragraph', text: join(footnote.lines) },
      page: footnote.page,
      lines: footnote.lines,
    });
  }
}
