import { z } from 'zod';
import { parseCsv } from '../../text/parse-csv.ts';
import { documentIdSchema } from '../document-schema.ts';

/** The manifest's columns, in the order Ofsted report manifests print them. */
const columns = ['file', 'council', 'council_slug', 'ofsted_urn', 'published', 'url', 'sha256'];

/** One row of a report manifest: which council a PDF belongs to, when and where it was published. */
export const manifestRowSchema = z.strictObject({
  /** The PDF's path relative to the manifest. */
  file: z
    .string()
    .trim()
    .regex(/\.pdf$/i, 'must name a .pdf file'),
  council: z.string().trim().min(1),
  council_slug: documentIdSchema,
  ofsted_urn: z.string().regex(/^\d+$/, 'must be digits'),
  published: z.iso.date(),
  url: z.url({ protocol: /^https?$/ }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
});
export type ManifestRow = z.infer<typeof manifestRowSchema>;

/** A manifest that could not be read, with the line and column at fault. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

/**
 * Reads a report manifest (CSV with a header row naming at least the columns above). Every
 * bad row is reported at once, by line number and column, so one pass fixes them all.
 */
export function parseReportManifest(text: string, source = 'manifest.csv'): ManifestRow[] {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ManifestError(`${source}: ${(error as Error).message}`);
  }
  const [header, ...body] = rows;
  if (header === undefined) throw new ManifestError(`${source}: the file is empty`);
  const missing = columns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ManifestError(`${source}: the header lacks the column(s) ${missing.join(', ')}`);
  }
  const problems: string[] = [];
  const parsed: ManifestRow[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length === 1 && cells[0] === '') return;
    const record = Object.fromEntries(
      columns.map((column) => [column, cells[header.indexOf(column)]]),
    );
    const result = manifestRowSchema.safeParse(record);
    if (result.success) parsed.push(result.data);
    else {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        const value = record[column];
        // The value itself, so "a&b" is seen at once rather than looked up in the file.
        const shown = value === undefined ? '' : ` ${JSON.stringify(value)}`;
        problems.push(`line ${line}: ${column || 'row'}${shown}: ${issue.message}`);
      }
    }
  });
  if (problems.length > 0) throw new ManifestError(`${source}: ${problems.join('; ')}`);
  return parsed;
}
