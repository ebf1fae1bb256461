import { stringify } from 'yaml';
import type { DocumentFrontMatter } from '../document-schema.ts';
import type { ReportBlock } from './report-block.ts';

/** Nested list items are indented by this many spaces per level. */
const LIST_INDENT = '  ';

/**
 * Render a knowledge document: YAML front matter, then one Markdown line per heading, paragraph
 * or list item, with a blank line between blocks (the items of one list stay together).
 */
export function renderKnowledgeDocument(
  frontMatter: DocumentFrontMatter,
  blocks: readonly ReportBlock[],
): string {
  // lineWidth 0: never fold a long value (notes) over lines; the text must stay greppable.
  const yaml = stringify(frontMatter, { lineWidth: 0 });
  const lines: string[] = [];
  let previous: ReportBlock | undefined;
  for (const block of blocks) {
    const listContinues = block.kind === 'list-item' && previous?.kind === 'list-item';
    if (previous !== undefined && !listContinues) lines.push('');
    lines.push(renderBlock(block));
    previous = block;
  }
  return `---\n${yaml}---\n${lines.join('\n')}\n`;
}

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(Math.max(block.level, 1), 6))} ${block.text}`;
    case 'list-item':
      return `${LIST_INDENT.repeat(block.depth)}- ${block.text}`;
    case 'paragraph':
      return block.text;
  }
}
