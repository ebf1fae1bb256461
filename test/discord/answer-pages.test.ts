import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, CitedResult } from '../../src/answer/answer.ts';
import { renderAnswerPages, resultsPerPage } from '../../src/discord/answer-pages.ts';
import { findLimitViolations } from '../../src/discord/message-limits.ts';
import { pagePayload } from '../../src/discord/send-reply.ts';
import { anyAnswer } from './answer-arbitraries.ts';
import { liveMentions, visibleStrings } from './bot-harness.ts';

const sessionId = 'a1b2c3d4e5f6';

/** The result fields of a page: the overview embed of /rating is not one. */
function resultFields(page: ReturnType<typeof renderAnswerPages>[number]) {
  return page.embeds.filter((embed) => embed.title !== 'Side by side').flatMap((e) => e.fields ?? []);
}

function result(overrides: Partial<CitedResult> = {}): CitedResult {
  return {
    excerpt: 'Supervision is infrequent.',
    highlights: [[0, 11]],
    truncatedBefore: false,
    truncatedAfter: false,
    docId: 'ofsted-2017',
    passageId: 'ofsted-2017#110',
    paragraph: 110,
    headingPath: ['Findings'],
    title: 'Inspection of services',
    publisher: 'Ofsted',
    published: '2017-09-04',
    datePrecision: 'day',
    kind: 'inspection-report',
    kindLabel: 'Ofsted inspection report (primary source)',
    url: 'https://example.org/report',
    licence: 'Open Government Licence v3.0',
    score: 1,
    statement: null,
    caution: null,
    group: 'Ofsted inspection 2017',
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    command: 'finding',
    query: 'supervision',
    answered: true,
    title: 'Findings on “supervision”',
    summary: null,
    results: [result()],
    suggestions: [],
    notice: null,
    ...overrides,
  };
}

describe('renderAnswerPages', () => {
  it('renders any answer as pages within Discord limits, with no live mention anywhere', () => {
    fc.assert(
      fc.property(anyAnswer, (any) => {
        const pages = renderAnswerPages(any);
        expect(pages.length).toBeGreaterThanOrEqual(1);
        pages.forEach((page, index) => {
          expect(findLimitViolations(page)).toEqual([]);
          expect(liveMentions(page)).toEqual([]);
          // The page as sent when there is more than one: with its buttons, checked again.
          if (pages.length > 1) {
            const payload = pagePayload(pages, sessionId, index);
            expect(findLimitViolations(payload)).toEqual([]);
            expect(liveMentions(payload)).toEqual([]);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('shows every result exactly once, in order, at most four to a page', () => {
    fc.assert(
      fc.property(anyAnswer, (any) => {
        const pages = renderAnswerPages(any);
        const fields = pages.flatMap(resultFields);
        expect(fields).toHaveLength(any.results.length);
        for (const page of pages) {
          expect(resultFields(page).length).toBeLessThanOrEqual(resultsPerPage);
        }
        if (any.command !== 'sources') {
          fields.forEach((field, i) => expect(field.name.startsWith(`${i + 1}. `)).toBe(true));
        }
        if (pages.length > 1) {
          pages.forEach((page, i) =>
            expect(page.embeds.at(-1)?.footer?.text).toMatch(`Page ${i + 1} of ${pages.length}`),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('quotes the excerpt in a block quote, matched words in bold, with citation and kind', () => {
    const [page] = renderAnswerPages(answer());
    const field = page?.embeds[0]?.fields?.[0];
    expect(field?.name).toBe('1. Ofsted inspection 2017');
    expect(field?.value).toBe(
      [
        '> “**Supervision** is infrequent.”',
        '— Ofsted, 4 Sep 2017, para 110 · *Ofsted inspection report (primary source)*',
        '[Inspection of services](https://example.org/report)',
      ].join('\n'),
    );
    expect(page?.embeds[0]?.footer?.text).toBe(
      'Quotes are verbatim; each is labelled with the kind of source it comes from · Open Government Licence v3.0',
    );
  });

  it('marks a cut excerpt with ellipses and shows a caution', () => {
    const [page] = renderAnswerPages(
      answer({
        results: [
          result({ truncatedBefore: true, truncatedAfter: true, caution: 'A partisan account.' }),
        ],
      }),
    );
    const value = page?.embeds[0]?.fields?.[0]?.value ?? '';
    expect(value.startsWith('> “…**Supervision** is infrequent.…”')).toBe(true);
    expect(value.endsWith('\n⚠️ A partisan account.')).toBe(true);
  });

  it('shows an answer with no results as one page with its notice and suggestions', () => {
    const pages = renderAnswerPages(
      answer({
        answered: false,
        results: [],
        notice: 'Nothing in the sources answers “@everyone”.',
        suggestions: ['supervision', '<@123>'],
      }),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]?.embeds[0]?.description).toBe(
      'Nothing in the sources answers “@\u200beveryone”.\nDid you mean: supervision · <\u200b@\u200b123>',
    );
    expect(pages[0]?.embeds[0]?.fields).toEqual([]);
  });

  it('adds a side-by-side overview to the first page of a rating over several inspections', () => {
    const rating = (group: string, statement: string) => result({ group, statement });
    const pages = renderAnswerPages(
      answer({
        command: 'rating',
        results: [
          rating('2017 (SIF)', 'Overall effectiveness: Inadequate'),
          rating('2017 (SIF)', 'Ofsted inspection 2017 (SIF): inspectors on site 20 June 2017'),
          rating('2020 (ILACS)', 'Overall effectiveness: Good'),
          ...Array.from({ length: 4 }, () => rating('2024 (ILACS)', 'Overall effectiveness: Good')),
        ],
      }),
    );
    expect(pages).toHaveLength(2);
    const [overview] = pages[0]?.embeds ?? [];
    expect(overview?.title).toBe('Side by side');
    expect(overview?.fields?.map((field) => [field.name, field.value])).toEqual([
      ['2017 (SIF)', 'Overall effectiveness: **Inadequate**'],
      ['2020 (ILACS)', 'Overall effectiveness: **Good**'],
      ['2024 (ILACS)', Array(4).fill('Overall effectiveness: **Good**').join('\n')],
    ]);
    expect(pages[1]?.embeds).toHaveLength(1);
  });

  // BUG (src/discord/answer-pages.ts, footerText): licences go into the footer unescaped, so
  // a document whose licence line contains "@everyone" puts a live mention in the reply.
  // (Discord shows footers as plain text and embeds never ping, so the harm is small, but it
  // breaks the module's promise that every string is escaped.)
  it.fails('neutralises mentions in a licence line', () => {
    const pages = renderAnswerPages(
      answer({ results: [result({ licence: 'Ask @everyone before reuse' })] }),
    );
    expect(pages.flatMap((page) => liveMentions(page))).toEqual([]);
  });

  // BUG (src/discord/answer-pages.ts, resultField and sourceField): a source URL is shown
  // as is; a valid URL such as https://example.org/@everyone/report carries a live mention.
  // Percent-encoding "@" as %40 would keep the link working and the text inert.
  it.fails('neutralises mentions in a source URL', () => {
    const url = 'https://example.org/@everyone/report';
    const pages = [
      ...renderAnswerPages(answer({ results: [result({ url })] })),
      ...renderAnswerPages(answer({ command: 'sources', results: [result({ url })] })),
    ];
    expect(pages.flatMap((page) => visibleStrings(page)).join('\n')).toContain('example.org');
    expect(pages.flatMap((page) => liveMentions(page))).toEqual([]);
  });
});
