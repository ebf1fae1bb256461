import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxDocumentIdLength, slugifyDocumentId } from '../../src/kb/slugify-document-id.ts';
import { documentIdSchema } from '../../src/knowledge/document-schema.ts';
import { isUserError } from '../../src/user-error.ts';

describe('slugifyDocumentId', () => {
  it('turns traversal attempts into a plain id with no slashes or dots', () => {
    expect(slugifyDocumentId('../../etc/passwd')).toBe('etc-passwd');
    expect(slugifyDocumentId('..\\..\\Windows\\System32')).toBe('windows-system32');
    expect(slugifyDocumentId('/absolute/path.md')).toBe('absolute-path-md');
  });

  it('folds accents and keeps digits', () => {
    expect(slugifyDocumentId('Ofsted: Croydon’s children’s services 2024')).toBe(
      'ofsted-croydon-s-children-s-services-2024',
    );
    expect(slugifyDocumentId('Café Über Ærø – naïve')).toBe('cafe-uber-r-naive');
  });

  it('cuts a long title at a hyphen within the limit', () => {
    const id = slugifyDocumentId('word '.repeat(40));
    expect(id.length).toBeLessThanOrEqual(maxDocumentIdLength);
    expect(id).toMatch(/^word(?:-word)+$/);
  });

  it.each(['', '   ', '../..', '儿童服务', '🙂'])('refuses %j with a user error', (title) => {
    let thrown: unknown;
    try {
      slugifyDocumentId(title);
    } catch (error) {
      thrown = error;
    }
    expect(isUserError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(/Cannot make a document id/);
  });

  it('always yields a valid, path-safe id or a user error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (title) => {
        try {
          const id = slugifyDocumentId(title);
          expect(documentIdSchema.safeParse(id).success).toBe(true);
          expect(id).not.toMatch(/[./\\]/);
        } catch (error) {
          expect(isUserError(error)).toBe(true);
        }
      }),
    );
  });
});
