import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFrontMatterSchema } from '../../src/knowledge/document-schema.ts';
import type { KnowledgeDocument } from '../../src/knowledge/knowledge-document.ts';
import { parseDocument } from '../../src/knowledge/parse-document.ts';
import { maxPassageChars, splitPassages } from '../../src/knowledge/split-passages.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';

/** A document with the given body, numbered or not. */
function documentOf(body: string, numbered = false): KnowledgeDocument {
  const meta = documentFrontMatterSchema.parse({
    id: 'doc',
    title: 'A document',
    publisher: 'Ofsted',
    published: '2017-09-04',
    date_precision: 'day',
    url: null,
    kind: numbered ? 'inspection-report' : 'council-statement',
    numbered_paragraphs: numbered,
  });
  return { file: 'doc.md', meta, body };
}

/** A sentence of exactly `length` characters, ending with a full stop. */
function sentenceOf(length: number, word = 'word'): string {
  let text = 'The';
  while (text.length < length) text += ` ${word}`;
  return `${text
    .slice(0, length - 1)
    .trimEnd()
    .padEnd(length - 1, 'x')}.`;
}

describe('splitPassages in an ordinary document', () => {
  it('numbers blocks doc#1, doc#2, … in order', () => {
    const passages = splitPassages(documentOf('First block.\n\nSecond block.\n\nThird block.\n'));
    expect(passages.map((passage) => passage.id)).toEqual(['doc#1', 'doc#2', 'doc#3']);
    expect(passages.map((passage) => passage.text)).toEqual([
      'First block.',
      'Second block.',
      'Third block.',
    ]);
    expect(passages.every((passage) => passage.docId === 'doc')).toBe(true);
    expect(passages.every((passage) => passage.paragraph === undefined)).toBe(true);
  });

  it('keeps a paragraph wrapped over two lines as one passage', () => {
    const passages = splitPassages(
      documentOf('One paragraph\nwrapped over two lines.\n\nAnother.'),
    );
    expect(passages.map((passage) => passage.text)).toEqual([
      'One paragraph\nwrapped over two lines.',
      'Another.',
    ]);
  });

  it('gives each passage the path of headings above it', () => {
    const body = [
      '# Part A',
      '## Section B',
      '### Topic C',
      'Under C.',
      '## Section D',
      'Under D.',
      '# Part E',
      'Under E.',
    ].join('\n\n');
    const paths = splitPassages(documentOf(body)).map((passage) => passage.headingPath);
    expect(paths).toEqual([
      ['Part A', 'Section B', 'Topic C'],
      ['Part A', 'Section D'],
      ['Part E'],
    ]);
  });

  it('skips a missing heading level without leaving a gap', () => {
    const body = '# Part A\n\n### Deep\n\nText.';
    expect(splitPassages(documentOf(body))[0]?.headingPath).toEqual(['Part A', 'Deep']);
  });

  it('drops a closing run of # from a heading', () => {
    expect(splitPassages(documentOf('## Closed ##\n\nText.'))[0]?.headingPath).toEqual(['Closed']);
  });

  it('makes each list item its own passage, without its marker', () => {
    const passages = splitPassages(documentOf('Intro.\n- first item\n- second item\n* third item'));
    expect(passages.map((passage) => [passage.id, passage.text])).toEqual([
      ['doc#1', 'Intro.'],
      ['doc#2', 'first item'],
      ['doc#3', 'second item'],
      ['doc#4', 'third item'],
    ]);
  });

  it('keeps a list with the lead-in paragraph that ends in a colon', () => {
    const body = 'For the week:\n\n- 53 audited\n- one good\n\nAfterwards.\n\n- a separate item';
    const passages = splitPassages(documentOf(body));
    expect(passages.map((passage) => [passage.id, passage.text])).toEqual([
      ['doc#1', 'For the week:\n\n- 53 audited\n- one good'],
      ['doc#2', 'Afterwards.'],
      ['doc#3', 'a separate item'],
    ]);
  });

  it('does not read printed numbers when numbered_paragraphs is false', () => {
    const [passage] = splitPassages(documentOf('12. Text with a printed number.'));
    expect(passage?.id).toBe('doc#1');
    expect(passage?.paragraph).toBeUndefined();
    expect(passage?.text).toBe('12. Text with a printed number.');
  });

  it('gives every passage exactly body.slice(start, end)', () => {
    const body = '# H\n\n  Indented para.  \n\n- item one\n  continued\n\n## H2\n\n12. Numbered.\n';
    for (const numbered of [false, true]) {
      const passages = splitPassages(documentOf(body, numbered));
      expect(passages.length).toBe(3);
      for (const passage of passages) {
        expect(passage.text).toBe(body.slice(passage.start, passage.end));
        expect(passage.text).toBe(passage.text.trim());
      }
    }
  });
});

describe('splitPassages with numbered_paragraphs', () => {
  it('takes a printed number as the id and drops it from the text', () => {
    const [passage] = splitPassages(documentOf('12. Text of paragraph twelve.', true));
    expect(passage).toMatchObject({
      id: 'doc#12',
      label: '12',
      paragraph: 12,
      text: 'Text of paragraph twelve.',
    });
  });

  it('numbers a list right after a numbered paragraph as its parts', () => {
    const body = '12. Inspectors found this.\n- first point\n- second point\n\n13. Next paragraph.';
    const passages = splitPassages(documentOf(body, true));
    expect(passages.map((passage) => [passage.id, passage.paragraph, passage.text])).toEqual([
      ['doc#12', 12, 'Inspectors found this.'],
      ['doc#12.2', 12, 'first point'],
      ['doc#12.3', 12, 'second point'],
      ['doc#13', 13, 'Next paragraph.'],
    ]);
  });

  it('keeps a numbered lead-in and its list as one passage with the printed number', () => {
    const body = '12. Inspectors found:\n- first point\n- second point\n\n13. Next paragraph.';
    const passages = splitPassages(documentOf(body, true));
    expect(passages.map((passage) => [passage.id, passage.paragraph, passage.text])).toEqual([
      ['doc#12', 12, 'Inspectors found:\n- first point\n- second point'],
      ['doc#13', 13, 'Next paragraph.'],
    ]);
  });

  it('does not attach a list under a new heading to the paragraph before it', () => {
    const body = '12. Inspectors found:\n\n## Another section\n\n- a point of its own';
    const passages = splitPassages(documentOf(body, true));
    expect(passages.map((passage) => [passage.id, passage.paragraph])).toEqual([
      ['doc#12', 12],
      ['doc#u1', undefined],
    ]);
  });

  it('numbers unnumbered blocks u1, u2, … separately', () => {
    const body = '# Summary\n\nExecutive summary.\n\n1. First.\n\nA note.\n\n2. Second.';
    const passages = splitPassages(documentOf(body, true));
    expect(passages.map((passage) => passage.id)).toEqual(['doc#u1', 'doc#1', 'doc#u2', 'doc#2']);
    expect(passages[0]?.paragraph).toBeUndefined();
  });

  it('splits the valid fixture report as the README describes', () => {
    const raw = readFileSync(fixturePath('knowledge', 'valid', 'ofsted-2017.md'), 'utf8');
    const parsed = parseDocument('ofsted-2017.md', raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(splitPassages(parsed.document).map((passage) => passage.id)).toEqual([
      'ofsted-2017#u1',
      'ofsted-2017#u2',
      'ofsted-2017#110',
      // 111 ends in a colon, so its list is part of it.
      'ofsted-2017#111',
      'ofsted-2017#112',
    ]);
  });
});

describe('splitPassages on long blocks', () => {
  const sentences = Array.from({ length: 8 }, (_, i) => sentenceOf(120, `w${i}`));
  const long = sentences.join(' ');

  it('splits a block longer than maxPassageChars at sentence boundaries', () => {
    expect(long.length).toBeGreaterThan(maxPassageChars);
    const passages = splitPassages(documentOf(`Intro.\n\n${long}`));
    expect(passages.map((passage) => passage.id)).toEqual(['doc#1', 'doc#2', 'doc#2.2']);
    const parts = passages.slice(1);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(maxPassageChars);
      expect(part.text.endsWith('.')).toBe(true);
      expect(sentences).toContain(part.text.slice(0, 120));
    }
    expect(parts.map((part) => part.text).join(' ')).toBe(long);
  });

  it('keeps a block of exactly maxPassageChars whole', () => {
    const text = [
      sentenceOf(120),
      sentenceOf(120),
      sentenceOf(120),
      sentenceOf(120),
      sentenceOf(116),
    ].join(' ');
    expect(text.length).toBe(maxPassageChars);
    expect(splitPassages(documentOf(text)).map((passage) => passage.id)).toEqual(['doc#1']);
  });

  it('splits a block one character over maxPassageChars', () => {
    const text = [
      sentenceOf(120),
      sentenceOf(120),
      sentenceOf(120),
      sentenceOf(120),
      sentenceOf(117),
    ].join(' ');
    expect(text.length).toBe(maxPassageChars + 1);
    expect(splitPassages(documentOf(text)).map((passage) => passage.id)).toEqual([
      'doc#1',
      'doc#1.2',
    ]);
  });

  it('keeps one sentence longer than maxPassageChars whole', () => {
    const giant = sentenceOf(maxPassageChars + 50);
    const passages = splitPassages(documentOf(`${giant} Short one.`));
    expect(passages.map((passage) => [passage.id, passage.text])).toEqual([
      ['doc#1', giant],
      ['doc#1.2', 'Short one.'],
    ]);
  });

  it('numbers the parts of a long numbered paragraph 7, 7.2, … with paragraph 7', () => {
    const passages = splitPassages(documentOf(`7. ${long}`, true));
    expect(passages.map((passage) => [passage.id, passage.paragraph])).toEqual([
      ['doc#7', 7],
      ['doc#7.2', 7],
    ]);
    expect(passages[0]?.text.startsWith('The w0')).toBe(true);
  });
});
