import { z } from 'zod';

/** A phrasing of a glossary entry: short, and with at least one letter or digit to search for. */
const termSchema = z
  .string()
  .trim()
  .min(1, 'a term cannot be empty')
  .max(100, 'a term is at most 100 characters: a phrase, not a definition')
  .refine((term) => /[\p{L}\p{N}]/u.test(term), 'a term needs a letter or digit');

/**
 * One entry of `glossary.yaml`: phrasings that name the same thing in children's services
 * ("LAC", "children looked after"), and where that equivalence comes from.
 */
export const glossaryEntrySchema = z
  .strictObject({
    terms: z.array(termSchema).min(2, 'an entry needs at least two terms that mean the same'),
    /** A report that spells the abbreviation out, Ofsted's glossary, or "plain English". */
    source: z.string().trim().min(1, 'say where the equivalence comes from').max(500),
    /**
     * False for words that alone do not make a question about children's services ("council":
     * "how do I pay my council tax" is not about the reports). Defaults to true.
     */
    on_topic: z.boolean().optional(),
  })
  .refine(
    (entry) => new Set(entry.terms.map((term) => term.toLowerCase())).size === entry.terms.length,
    { message: 'a term is listed twice', path: ['terms'] },
  );
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The file's shape; its entries are checked one by one, so one bad entry leaves the rest. */
export const glossaryFileSchema = z.strictObject({
  entries: z.array(z.unknown()),
});
