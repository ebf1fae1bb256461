import { segmentSentences } from '../text/segment-sentences.ts';
import type { KnowledgeDocument, Passage } from './knowledge-document.ts';

/** Blocks longer than this are split at sentence boundaries, so one passage stays on one point. */
export const maxPassageChars = 600;

interface Block {
  kind: 'paragraph' | 'item';
  start: number;
  end: number;
  headingPath: string[];
  /** Set once a lead-in paragraph has taken in its list. */
  leadIn?: boolean;
}

const headingPattern = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const itemPattern = /^[ \t]*[-*+•][ \t]+/;
const printedNumberPattern = /^(\d{1,4})\.[ \t]+/;

/**
 * Splits a document body into passages with stable ids and heading paths (rules in
 * knowledge/README.md). Every passage's text is a verbatim slice of the body.
 */
export function splitPassages(document: KnowledgeDocument): Passage[] {
  const { id: docId, numbered_paragraphs: numbered } = document.meta;
  const passages: Passage[] = [];
  let ordinal = 0;
  let unnumbered = 0;
  let current: { base: string; paragraph: number | undefined; parts: number } | undefined;
  let lastHeadingPath: string[] | undefined;

  for (const block of mergeListsWithLeadIns(document.body, readBlocks(document.body))) {
    let start = block.start;
    let paragraph: number | undefined;
    const headingChanged = block.headingPath !== lastHeadingPath;
    lastHeadingPath = block.headingPath;

    if (numbered) {
      const printed =
        block.kind === 'paragraph'
          ? printedNumberPattern.exec(document.body.slice(start, block.end))
          : null;
      if (printed) {
        paragraph = Number(printed[1]);
        start += printed[0].length;
        current = { base: String(paragraph), paragraph, parts: 0 };
      } else if (block.kind === 'item' && current?.paragraph !== undefined && !headingChanged) {
        // A list introduced by a numbered paragraph is part of that paragraph.
        paragraph = current.paragraph;
      } else {
        unnumbered += 1;
        current = { base: `u${unnumbered}`, paragraph: undefined, parts: 0 };
      }
    } else {
      ordinal += 1;
      current = { base: String(ordinal), paragraph: undefined, parts: 0 };
    }

    const owner = current;
    for (const piece of splitLongBlock(document.body, start, block.end)) {
      owner.parts += 1;
      const label = owner.parts === 1 ? owner.base : `${owner.base}.${owner.parts}`;
      passages.push({
        id: `${docId}#${label}`,
        docId,
        label,
        paragraph,
        headingPath: block.headingPath,
        text: document.body.slice(piece.start, piece.end),
        start: piece.start,
        end: piece.end,
      });
    }
  }
  return passages;
}

/** Reads paragraphs and list items, tracking the heading path above each. */
function readBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const headings: string[] = [];
  let headingPath: string[] = [];
  let open: Block | undefined;
  let offset = 0;

  const close = () => {
    if (open && open.end > open.start) blocks.push(open);
    open = undefined;
  };

  for (const line of body.split('\n')) {
    const lineStart = offset;
    const lineEnd = lineStart + line.trimEnd().length;
    offset += line.length + 1;

    const heading = headingPattern.exec(line);
    const item = itemPattern.exec(line);
    if (line.trim() === '') {
      close();
    } else if (heading) {
      close();
      const level = heading[1]?.length ?? 1;
      headings.length = level - 1;
      headings[level - 1] = heading[2] ?? '';
      headingPath = headings.filter((text) => text !== undefined && text !== '');
    } else if (item) {
      close();
      open = { kind: 'item', start: lineStart + item[0].length, end: lineEnd, headingPath };
    } else if (open) {
      open.end = lineEnd;
    } else {
      const indent = line.length - line.trimStart().length;
      open = { kind: 'paragraph', start: lineStart + indent, end: lineEnd, headingPath };
    }
  }
  close();
  return blocks;
}

/**
 * A paragraph ending in a colon and the list that follows it under the same heading are one
 * passage ("…for the practice week in January 2018:" and its figures): an item quoted without
 * its lead-in loses what it is about.
 */
function mergeListsWithLeadIns(body: string, blocks: Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const previous = merged[merged.length - 1];
    const continuesList =
      previous?.kind === 'paragraph' &&
      block.kind === 'item' &&
      previous.headingPath === block.headingPath &&
      (previous.leadIn ?? body.slice(previous.start, previous.end).trimEnd().endsWith(':'));
    if (previous && continuesList) {
      previous.end = block.end;
      previous.leadIn = true;
    } else {
      merged.push({ ...block });
    }
  }
  return merged;
}

/** Groups whole sentences into pieces of at most maxPassageChars (a longer sentence stays whole). */
function splitLongBlock(
  body: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  if (end - start <= maxPassageChars) return [{ start, end }];
  const pieces: Array<{ start: number; end: number }> = [];
  let piece: { start: number; end: number } | undefined;
  for (const sentence of segmentSentences(body.slice(start, end))) {
    const span = { start: start + sentence.start, end: start + sentence.end };
    if (piece && span.end - piece.start <= maxPassageChars) {
      piece.end = span.end;
    } else {
      if (piece) pieces.push(piece);
      piece = span;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}
