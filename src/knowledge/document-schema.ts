import { z } from 'zod';
import { sourceKindSchema } from './source-kind.ts';

/** How exactly a document's `published` date is known. */
export const datePrecisionSchema = z.enum(['day', 'month', 'approximate']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** A document id: also the stem of its passage ids (`docId#n`), so it stays URL- and file-safe. */
export const documentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/**
 * The council a document is about: a stable id (the manifest's slug, unchanged by renames of the
 * display name), the name people see, and Ofsted's number for the local authority where known.
 */
export const councilRefSchema = z.strictObject({
  id: documentIdSchema,
  name: z.string().trim().min(1),
  ofsted_urn: z.string().regex(/^\d+$/, 'must be digits').optional(),
});
export type CouncilRef = z.infer<typeof councilRefSchema>;

/**
 * Front matter of one knowledge document. Strict, so a misspelt key is reported rather than
 * silently ignored.
 */
export const documentFrontMatterSchema = z.strictObject({
  id: documentIdSchema,
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  author: z.string().trim().min(1).optional(),
  published: z.iso.date(),
  date_precision: datePrecisionSchema,
  url: z.url({ protocol: /^https?$/ }).nullable(),
  kind: sourceKindSchema,
  /** The council the document is about; none for general guidance that serves every council. */
  council: councilRefSchema.optional(),
  /** For inspection reports: the fieldwork dates, which label findings by inspection. */
  inspected: z.strictObject({ from: z.iso.date(), to: z.iso.date() }).optional(),
  /** Attribution the licence requires, shown with every citation of the document. */
  licence: z.string().trim().min(1).optional(),
  /** The original file a document was imported from, kept in `knowledge/originals/`. */
  source_file: z.string().trim().min(1).optional(),
  source_sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** True when paragraphs begin with the number printed in the source ("110. …"). */
  numbered_paragraphs: z.boolean().default(false),
  /** Editorial notes on how the document was curated (what was dropped and why). */
  notes: z.string().trim().min(1).optional(),
});

export type DocumentFrontMatter = z.infer<typeof documentFrontMatterSchema>;
