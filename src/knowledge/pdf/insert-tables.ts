import type { PdfTable } from './remove-report-boilerplate.ts';
import type { JoinLines, PlacedBlock } from './report-block.ts';

/**
 * Put each table back where it stood as a list, one item per row: the row's cells in reading
 * order, left then right ("Overall effectiveness Good"), so nothing is added to the printed words.
 * A first row all in bold over grades that are not is the column headings, which say nothing
 * of their own.
 */
export function insertTables(
  body: PlacedBlock[],
  tables: readonly PdfTable[],
  join: JoinLines,
): void {
  for (const table of tables) {
    const [first, ...others] = table.rows;
    // A bold first row is the column headings when the grades under it are set in regular
    // type; in a table whose grades are all bold (SIF covers), it is the first judgement.
    const hasHeadings =
      first !== undefined &&
      [...first.left, ...first.right].every((line) => line.bold) &&
      !others.every((row) => row.right.every((line) => line.bold));
    const rows = hasHeadings ? table.rows.slice(1) : table.rows;
    const items: PlacedBlock[] = rows.map((row) => ({
      block: {
        kind: 'list-item',
        depth: 0,
        text: [join(row.left), join(row.right)].filter((text) => text !== '').join(' '),
      },
      page: table.page,
      lines: [...row.left, ...row.right],
    }));
    const below = body.findIndex(
      (placed) =>
        placed.page > table.page ||
        (placed.page === table.page && (placed.lines[0]?.y ?? 0) < table.top),
    );
    body.splice(below === -1 ? body.length : below, 0, ...items);
  }
}
