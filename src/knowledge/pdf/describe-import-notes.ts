import type { CleanedReport } from './clean-report-lines.ts';

/**
 * The `notes` front matter for an imported report: what was removed as page furniture or
 * boilerplate, and how the text was put back together, so a reader knows what the file omits.
 */
export function describeImportNotes(report: CleanedReport): string {
  const { furniture, boilerplate } = report;
  const removed: string[] = [];
  if (furniture.pageNumbers > 0) removed.push('page numbers');
  const running = furniture.runningLines.map((line) => `“${line}”`);
  if (running.length > 0) removed.push(`the running header/footer (${running.join(' / ')})`);
  for (const page of boilerplate.contentsPages) removed.push(`the contents page (page ${page})`);
  const covers = boilerplate.backCovers.map((cover) => cover.page);
  if (covers.length > 0) {
    const which = covers.length === 1 ? 'the back cover (page' : 'the back covers (pages';
    removed.push(
      `${which} ${covers.join(', ')}, with the publisher’s contact details, licence and copyright notice)`,
    );
  }

  const sentences = ['Imported from the PDF.'];
  if (removed.length > 0) sentences.push(`Removed: ${removed.join('; ')}.`);
  for (const table of boilerplate.tables) {
    sentences.push(
      `The grade table on page ${table.page} is given as a list, one item per row, each the row’s cells as printed, left then right (the column headings are left out).`,
    );
  }
  if (report.footnotes.length > 0) {
    sentences.push(
      'Footnote numbers detached from the words they followed; the footnotes are kept, without their numbers, as paragraphs where their page ends.',
    );
  }
  sentences.push(
    'Paragraphs broken by a page break are re-joined; line-end hyphens are kept where they are real hyphens; the wording is otherwise as printed.',
  );
  return sentences.join(' ');
}
