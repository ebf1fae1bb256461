import { documentIdSchema } from '../knowledge/document-schema.ts';
import { UserError } from '../user-error.ts';

/** Long enough to tell documents apart, short enough for a file name and a citation. */
export const maxDocumentIdLength = 60;

/**
 * Turns a title into a document id that is also a safe file name: ASCII letters, digits and
 * single hyphens only, so `../../etc/passwd` becomes `etc-passwd` and can never leave the folder.
 */
export function slugifyDocumentId(title: string): string {
  const slug = title
    .normalize('NFKD')
    // Accents come apart from their letters under NFKD; drop them so "Café" reads "cafe".
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = shorten(slug);
  if (!documentIdSchema.safeParse(id).success) {
    throw new UserError(
      'bad-input',
      `Cannot make a document id from the title "${title}": it needs some letters or digits (a–z, 0–9).`,
    );
  }
  return id;
}

function shorten(slug: string): string {
  if (slug.length <= maxDocumentIdLength) return slug;
  const cut = slug.slice(0, maxDocumentIdLength);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut at a word boundary when there is one not too far back, and never end on a hyphen.
  return (lastHyphen > maxDocumentIdLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
