import type { CleanedReport } from './clean-report-lines.ts';
import { insertFootnotes } from './insert-footnotes.ts';
import { insertTables } from './insert-tables.ts';
import { collectVocabulary, joinWrappedLines } from './join-wrapped-lines.ts';
import { paragraphNumberOf, withoutBullet } from './line-markers.ts';
import { lineText, type PdfLine } from './pdf-line.ts';
import { readCoverPage } from './read-cover-page.ts';
import type { JoinLines, PlacedBlock, ReportBlock } from './report-block.ts';
import { isRightColumn } from './right-column.ts';
import { type LineBlock, segmentBlocks } from './segment-blocks.ts';
import { setListDepths } from './set-list-depths.ts';

/** Headings differing by less than this many points are at the same level. */
const LEVEL_SIZE_TOLERANCE = 0.5;

/**
 * Turn cleaned report lines into document blocks: the cover's subject, title and facts; headings
 * levelled by size; paragraphs (numbered when printed so) and list items joined from their wrapped
 * lines; labels set beside headings; and footnotes placed where their page's text ends.
 */
export function detectReportStructure(report: CleanedReport): ReportBlock[] {
  const vocabulary = collectVocabulary(
    [
      ...report.pages.flatMap((page) => page.lines),
      ...report.footnotes.flatMap((f) => f.lines),
    ].map((line) => lineText(line)),
  );
  const join: JoinLines = (lines) =>
    joinWrappedLines(
      lines.map((line) => lineText(line)),
      vocabulary,
    );

  const [firstPage, ...otherPages] = report.pages;
  const cover =
    firstPage?.page === 1
      ? readCoverPage(firstPage)
      : { subject: [], title: [], underTitle: [], facts: [], rest: [...(firstPage?.lines ?? [])] };

  const labels = new Map<PdfLine, PdfLine[][]>();
  const flow: PdfLine[] = [];
  const flowPages =
    firstPage === undefined ? [] : [{ ...firstPage, lines: cover.rest }, ...otherPages];
  for (const page of flowPages) {
    const left = page.lines.filter((line) => !isRightColumn(page, line));
    for (const label of groupWrappedLabels(
      page.lines.filter((line) => isRightColumn(page, line)),
    )) {
      const host = label[0] === undefined ? undefined : nearestLine(left, label[0]);
      if (host !== undefined) labels.set(host, [...(labels.get(host) ?? []), label]);
    }
    flow.push(...left);
  }

  const segments = segmentBlocks(flow, report.bodySize);
  const levels = headingLevels(segments);
  const body: PlacedBlock[] = [];
  for (const segment of segments) {
    body.push(toPlaced(segment, levels, join));
    for (const line of segment.lines) {
      for (const label of labels.get(line) ?? []) {
        body.push({
          block: { kind: 'paragraph', text: join(label) },
          page: segment.page,
          lines: label,
        });
      }
    }
  }
  demoteEmptyHeadings(body);
  insertTables(body, report.boilerplate.tables, join);
  insertFootnotes(body, report.footnotes, join);
  setListDepths(body);

  const coverBlocks: PlacedBlock[] = [];
  if (cover.subject.length > 0) {
    coverBlocks.push({
      block: { kind: 'paragraph', text: join(cover.subject) },
      page: 0,
      lines: cover.subject,
    });
  }
  if (cover.title.length > 0) {
    coverBlocks.push({
      block: { kind: 'heading', level: 1, text: join(cover.title) },
      page: 0,
      lines: cover.title,
    });
  }
  if (cover.underTitle.length > 0) {
    coverBlocks.push({
      block: { kind: 'paragraph', text: join(cover.underTitle) },
      page: 0,
      lines: cover.underTitle,
    });
  }
  for (const fact of cover.facts) {
    coverBlocks.push({ block: { kind: 'paragraph', text: join(fact) }, page: 0, lines: fact });
  }
  return [...coverBlocks, ...body].map((placed) => placed.block);
}

/** Lines further apart than this many font sizes are separate labels (a wrapped label: ~1.2). */
const LABEL_LINE_GAP = 1.45;

/**
 * Right-column lines as labels: a judgement beside a heading wraps like the heading does
 * ("Requires improvement" / "to be good"), and is one label.
 */
function groupWrappedLabels(lines: readonly PdfLine[]): PdfLine[][] {
  const labels: PdfLine[][] = [];
  for (const line of lines) {
    const label = labels.at(-1);
    const last = label?.at(-1);
    const wraps =
      last !== undefined &&
      last.y - line.y > 0 &&
      last.y - line.y <= LABEL_LINE_GAP * line.size &&
      Math.abs(last.x - line.x) < 1 &&
      last.size === line.size &&
      last.bold === line.bold;
    if (label !== undefined && wraps) label.push(line);
    else labels.push([line]);
  }
  return labels;
}

function nearestLine(lines: readonly PdfLine[], target: PdfLine): PdfLine | undefined {
  let best: PdfLine | undefined;
  for (const line of lines) {
    if (line.page !== target.page) continue;
    if (best === undefined || Math.abs(line.y - target.y) < Math.abs(best.y - target.y))
      best = line;
  }
  return best;
}

/** Heading levels by size: the largest heading size is level 1, the next level 2, and so on. */
function headingLevels(segments: readonly LineBlock[]): (size: number) => number {
  const sizes: number[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'heading') continue;
    if (sizes.every((size) => Math.abs(size - segment.size) > LEVEL_SIZE_TOLERANCE)) {
      sizes.push(segment.size);
    }
  }
  sizes.sort((a, b) => b - a);
  return (size) => sizes.findIndex((known) => Math.abs(known - size) <= LEVEL_SIZE_TOLERANCE) + 1;
}

function toPlaced(
  segment: LineBlock,
  level: (size: number) => number,
  join: JoinLines,
): PlacedBlock {
  const [first, ...rest] = segment.lines;
  const base = { page: segment.page, lines: segment.lines };
  switch (segment.kind) {
    case 'heading':
      return {
        ...base,
        block: { kind: 'heading', level: level(segment.size), text: join(segment.lines) },
      };
    case 'numbered': {
      const number = first === undefined ? undefined : paragraphNumberOf(first);
      // The number is set apart from the text in print; in Markdown it is "110. Text".
      const text = join(segment.lines).replace(/^(\d+)\.\s*/, '$1. ');
      return {
        ...base,
        block:
          number === undefined ? { kind: 'paragraph', text } : { kind: 'paragraph', text, number },
      };
    }
    case 'bullet': {
      const lines = first === undefined ? rest : [withoutBullet(first), ...rest];
      return {
        ...base,
        bulletX: first?.x ?? 0,
        block: { kind: 'list-item', depth: 0, text: join(lines) },
      };
    }
    case 'text':
      return { ...base, block: { kind: 'paragraph', text: join(segment.lines) } };
  }
}

/**
 * A heading with nothing under it before a heading of its own rank or higher is a statement set
 * in heading type ("The Local Safeguarding Children Board is inadequate"): keep it as a paragraph,
 * so it can be quoted.
 */
function demoteEmptyHeadings(body: PlacedBlock[]): void {
  body.forEach((placed, index) => {
    const { block } = placed;
    if (block.kind !== 'heading') return;
    const next = body[index + 1]?.block;
    if (next === undefined || (next.kind === 'heading' && next.level <= block.level)) {
      placed.block = { kind: 'paragraph', text: block.text };
    }
  });
}
