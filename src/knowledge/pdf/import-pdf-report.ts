import type { DocumentFrontMatter } from '../document-schema.ts';
import { buildFrontMatter } from './build-front-matter.ts';
import { type CleanedReport, cleanReportLines } from './clean-report-lines.ts';
import { detectReportStructure } from './detect-report-structure.ts';
import { extractPdfLines } from './extract-pdf-lines.ts';
import { type ImportOptions, importOptionsSchema } from './import-options.ts';
import { PdfImportError } from './pdf-import-error.ts';
import { lineText } from './pdf-line.ts';
import { renderKnowledgeDocument } from './render-knowledge-document.ts';

export type { ImportOptions } from './import-options.ts';

/** A PDF turned into a knowledge document, with what a moderator should check. */
export interface ImportedReport {
  /** The whole document file: front matter and body. Identical bytes on every import. */
  readonly markdown: string;
  readonly frontMatter: DocumentFrontMatter;
  /** The printed paragraph numbers, in document order. */
  readonly paragraphNumbers: number[];
  readonly warnings: string[];
}

/**
 * Import an inspection report PDF as a knowledge document, from its bytes alone (no file-system
 * access, so `/kb add` can pass an attachment). Throws PdfImportError when the file cannot be
 * imported.
 */
export async function importPdfReport(
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportedReport> {
  const parsedOptions = importOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    const name = typeof options.sourceFileName === 'string' ? options.sourceFileName : 'the PDF';
    const problems = parsedOptions.error.issues.map(
      (issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`,
    );
    throw new PdfImportError('invalid-options', name, `bad options (${problems.join('; ')}).`);
  }
  const fileName = parsedOptions.data.sourceFileName;
  const extracted = await extractPdfLines(bytes, fileName);
  const report = cleanReportLines(extracted);
  const blocks = detectReportStructure(report);
  const paragraphNumbers = blocks.flatMap((block) =>
    block.kind === 'paragraph' && block.number !== undefined ? [block.number] : [],
  );
  const fullText = extracted
    .flatMap((page) => page.lines)
    .map((line) => lineText(line))
    .join('\n');
  const { frontMatter, warnings } = buildFrontMatter({
    bytes,
    options: parsedOptions.data,
    report,
    blocks,
    fullText,
    paragraphNumbers,
  });
  return {
    markdown: renderKnowledgeDocument(frontMatter, blocks),
    frontMatter,
    paragraphNumbers,
    warnings: [...warnings, ...checkParagraphNumbers(paragraphNumbers), ...checkFootnotes(report)],
  };
}

/** Printed numbers should run 1, 2, 3 … without a gap; anything else suggests a misread block. */
function checkParagraphNumbers(numbers: readonly number[]): string[] {
  const warnings: string[] = [];
  numbers.forEach((number, index) => {
    const expected = index === 0 ? 1 : (numbers[index - 1] ?? 0) + 1;
    if (number !== expected) {
      warnings.push(`Paragraph ${number} follows ${expected - 1}: check the paragraphs around it.`);
    }
  });
  return warnings;
}

/**
 * A footnote marker without its note, or a note without its marker, means one was misread. A
 * paragraph that runs over a page break may carry its marker on one page and its note at the
 * foot of the other, so a note on the page before or after counts.
 */
function checkFootnotes(report: CleanedReport): string[] {
  const describe = (note: { page: number; number: string }) =>
    `footnote ${note.number} on page ${note.page}`;
  const near = (a: { page: number; number: string }, b: { page: number; number: string }) =>
    a.number === b.number && Math.abs(a.page - b.page) <= 1;
  const unique = (notes: readonly { page: number; number: string }[]) => [
    ...new Map(notes.map((note) => [describe(note), note])).values(),
  ];
  return [
    ...unique(report.markers)
      .filter((marker) => !report.footnotes.some((note) => near(note, marker)))
      .map((marker) => `The text of ${describe(marker)} was not found.`),
    ...unique(report.footnotes)
      .filter((note) => !report.markers.some((marker) => near(note, marker)))
      .map((note) => `The marker of ${describe(note)} was not found.`),
  ];
}
