import { z } from 'zod';
import { councilRefSchema, documentIdSchema } from '../document-schema.ts';
import { sourceKindSchema } from '../source-kind.ts';

/**
 * What the caller knows about a PDF: its file name, and any front matter to set rather than
 * infer (a date the report does not print, say).
 */
export const importOptionsSchema = z.strictObject({
  /** The file's name as uploaded or on disk; recorded as `source_file`. */
  sourceFileName: z.string().trim().min(1),
  id: documentIdSchema.optional(),
  title: z.string().trim().min(1).optional(),
  publisher: z.string().trim().min(1).optional(),
  published: z.iso.date().optional(),
  kind: sourceKindSchema.optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  licence: z.string().trim().min(1).optional(),
  /**
   * The publication date given is the publisher's own listing (a manifest's), so a report that
   * prints none needs no check; a date typed in by hand is worth checking, and is warned about.
   */
  publishedFromListing: z.boolean().optional(),
  /** The council the report is about, from a manifest; recorded in the front matter. */
  council: councilRefSchema.optional(),
});

export type ImportOptions = z.input<typeof importOptionsSchema>;
