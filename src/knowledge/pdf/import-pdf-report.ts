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

/** A footnote marker without its note, or a note without its marker, means one was misread. */
function checkFootnotes(report: CleanedReport): string[] {
  const key = (note: { page: number; number: string }) =>
    `footnote ${note.number} on page ${note.page}`;
  const noted = new Set(report.footnotes.map(key));
  const marked = new Set(report.markers.map(key));
  return [
    ...[...marked]
      .filter((note) => !noted.has(note))
      .map((note) => `The text of ${note} was not found.`),
    ...[...noted]
      .filter((note) => !marked.has(note))
      .map((note) => `The marker of ${note} was not found.`),
  ];
}
