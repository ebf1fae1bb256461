import { beforeAll, describe, expect, it } from 'vitest';
import { citeExcerpt, citeQuote } from '../../src/answer/cite-excerpt.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadValidKnowledge } from '../fixtures/valid-knowledge.ts';

let knowledgeBase: KnowledgeBase;
beforeAll(async () => {
  knowledgeBase = await loadValidKnowledge();
});

const bodyOf = (docId: string) => knowledgeBase.documentsById.get(docId)?.body ?? '';

describe('citeQuote', () => {
  it('cites a quote from a heading with the passage the heading introduces', () => {
    const cited = citeQuote(knowledgeBase, 'ofsted-2017', 'Caseloads');
    expect(cited?.excerpt).toBe('Caseloads');
    expect(cited?.passageId).toBe('ofsted-2017#111');
    expect(cited?.paragraph).toBe(111);
  });

  it('maps a quote to the passage that holds it, with the document’s metadata', () => {
    const cited = citeQuote(knowledgeBase, 'ofsted-2017', 'children’s services is inadequate', {
      statement: 'Overall effectiveness: Inadequate',
      score: 0.5,
    });
    expect(cited).toMatchObject({
      excerpt: 'The overall effectiveness of children’s services is inadequate.',
      docId: 'ofsted-2017',
      passageId: 'ofsted-2017#112',
      paragraph: 112,
      headingPath: ['Judgements'],
      publisher: 'Ofsted',
      published: '2017-09-04',
      datePrecision: 'day',
      kind: 'inspection-report',
      kindLabel: 'Ofsted inspection report (primary source)',
      url: 'https://example.org/ofsted-2017',
      licence:
        'Contains public sector information licensed under the Open Government Licence v3.0.',
      statement: 'Overall effectiveness: Inadequate',
      score: 0.5,
      caution: null,
      group: null,
      truncatedBefore: false,
      truncatedAfter: false,
    });
  });

  it('shows the whole sentence around a clause, with the quote itself marked', () => {
    const cited = citeQuote(knowledgeBase, 'ofsted-2017', 'children’s services is inadequate');
    const excerpt = cited?.excerpt ?? '';
    expect(excerpt).toBe('The overall effectiveness of children’s services is inadequate.');
    const [start, end] = cited?.highlights[0] ?? [0, 0];
    expect(excerpt.slice(start, end)).toBe('children’s services is inadequate');
  });

  it('returns the document’s own characters, whatever the whitespace in the quote', () => {
    const cited = citeQuote(
      knowledgeBase,
      'ofsted-2017',
      '  The lead\n   inspector  was Jane Pollard.',
    );
    expect(cited?.excerpt).toBe('The lead inspector was Jane Pollard.');
    expect(cited?.passageId).toBe('ofsted-2017#u1');
    expect(cited?.paragraph).toBeNull();
  });

  it('cites a quote spanning two passages from the body, without a passage', () => {
    const cited = citeQuote(
      knowledgeBase,
      'ofsted-2017',
      'judged services adequate. # Findings ## Supervision 110. Supervision',
    );
    expect(cited?.passageId).toBeNull();
    expect(cited?.headingPath).toEqual([]);
    expect(cited?.excerpt).toBe(
      'judged services adequate.\n\n# Findings\n\n## Supervision\n\n110. Supervision',
    );
    expect(bodyOf('ofsted-2017').includes(cited?.excerpt ?? '∅')).toBe(true);
  });

  it('returns undefined for a quote that is not in the document', () => {
    expect(
      citeQuote(knowledgeBase, 'ofsted-2017', "children's services is inadequate"),
    ).toBeUndefined();
  });

  it('returns undefined for a document that is not loaded', () => {
    expect(citeQuote(knowledgeBase, 'ofsted-2020', 'The lead inspector')).toBeUndefined();
  });
});

describe('citeExcerpt', () => {
  it('slices the window (offsets into the document body) and marks the matched words', () => {
    const document = knowledgeBase.documentsById.get('ofsted-2012');
    const passage = knowledgeBase.passagesById.get('ofsted-2012#14');
    if (!document || !passage) throw new Error('fixture passage missing');
    const cited = citeExcerpt(
      document,
      passage,
      {
        start: passage.start,
        end: passage.start + 39,
        truncatedBefore: false,
        truncatedAfter: true,
      },
      { matchedTerms: new Set(['supervis']) },
    );
    expect(cited.excerpt).toBe('Social workers receive regular supervis');
    expect(cited.truncatedAfter).toBe(true);
    expect(cited.paragraph).toBe(14);
    expect(cited.highlights).toEqual([[31, 39]]);
    const whole = citeExcerpt(
      document,
      passage,
      { start: passage.start, end: passage.end, truncatedBefore: false, truncatedAfter: false },
      { matchedTerms: new Set(['supervis']) },
    );
    expect(whole.highlights).toEqual([[31, 42]]);
    expect(whole.excerpt.slice(31, 42)).toBe('supervision');
  });
});
