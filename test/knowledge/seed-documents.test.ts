import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentFrontMatterSchema } from '../../src/knowledge/document-schema.ts';

const knowledgeDir = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** Each seed document, the original it was made from, that original's checksum, and its dating. */
const seedDocuments = [
  {
    id: 'conservatives-2018-06-27-practice-weeks',
    original: '000_7784b054939563a3.txt',
    kind: 'political-press-release',
    published: '2018-06-27',
    precision: 'day',
    sha256: 'aae575f518e83a7d80cd4b50e08509daefb971ed2b6fd95b3ec93cdca9e03789',
  },
  {
    id: 'conservatives-2017-09-04-ofsted-failure',
    original: '001_d953a538240cbfd7.txt',
    kind: 'political-press-release',
    published: '2017-09-04',
    precision: 'day',
    sha256: '7f7fa266171cb4b4e5d0b5d252d61bcde2408ecec5987e4a6a3938c8805b8dd0',
  },
  {
    id: 'conservatives-2019-03-23-monitoring-visit',
    original: '002_a919ebb68e0520ce.txt',
    kind: 'political-press-release',
    published: '2019-03-23',
    precision: 'day',
    sha256: 'ec3233cea1791111ed83584c1bb43ea2053172df27fa71674437e19abfea3d66',
  },
  {
    id: 'inside-croydon-2017-09-damning-verdict',
    original: '003_d2730767dac18239.txt',
    kind: 'news-article',
    published: '2017-09-04',
    precision: 'approximate',
    sha256: '552c890825d5f4fc67a6de7a380cc55a99e83fbb3b5625fa6586d36a8ab57eb6',
  },
  {
    id: 'croydon-council-2017-ofsted-faq',
    original: '004_fbb5e5747c958e87.txt',
    kind: 'council-statement',
    published: '2017-09-04',
    precision: 'approximate',
    sha256: '23bdbd3e3f9656db7029a26da3bcf8bc34973f81954bcd8aed958ec32c71d050',
  },
] as const;

/** Website furniture that must never reach a document body. */
const chrome = [
  'Printer-ready version',
  'Return to Previous Page',
  'Leave a Reply',
  'says:',
  'Selected story in full',
  'Meet your local team',
  'Copyright Croydon Conservatives',
  'About insidecroydon',
  'This entry was posted in',
  'Help downloading files',
];

/** Collapses every run of whitespace (non-breaking spaces included) to one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits a document into its front matter and body. */
function splitDocument(text: string): { frontMatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('document has no front matter');
  return { frontMatter: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** The text of every heading, paragraph and list item, without the Markdown markers. */
function bodyTexts(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .flatMap((block) => (block.startsWith('- ') ? block.split('\n') : [block]))
    .map((text) => text.replace(/^#{1,6} /, '').replace(/^- /, ''));
}

describe('seed documents', () => {
  for (const seed of seedDocuments) {
    describe(seed.id, () => {
      const document = readFileSync(`${knowledgeDir}${seed.id}.md`, 'utf8');
      const originalBytes = readFileSync(`${knowledgeDir}originals/seeds/${seed.original}`);
      const original = collapse(originalBytes.toString('utf8'));
      const { frontMatter, body } = splitDocument(document);

      it('keeps its original unchanged', () => {
        expect(createHash('sha256').update(originalBytes).digest('hex')).toBe(seed.sha256);
      });

      it('has valid front matter whose id is the file name', () => {
        const result = documentFrontMatterSchema.safeParse(frontMatter);
        expect(result.error).toBeUndefined();
        expect(result.data?.id).toBe(seed.id);
        expect(result.data?.url).toBeNull();
        expect(result.data?.kind).toBe(seed.kind);
        expect(result.data?.published).toBe(seed.published);
        expect(result.data?.date_precision).toBe(seed.precision);
      });

      it('quotes every heading, paragraph and list item verbatim from its original', () => {
        const texts = bodyTexts(body);
        expect(texts.length).toBeGreaterThan(3);
        const missing = texts.filter((text) => !original.includes(collapse(text)));
        expect(missing).toEqual([]);
      });

      it('carries no website chrome', () => {
        for (const text of chrome) expect(body).not.toContain(text);
      });
    });
  }

  it('fails the verbatim check on a reworded paragraph', () => {
    const original = collapse('The Ofsted report’s sumary continues.');
    expect(original.includes(collapse('The Ofsted report’s summary continues.'))).toBe(false);
  });
});
