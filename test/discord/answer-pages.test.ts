import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, CitedResult, RatingEntry } from '../../src/answer/answer.ts';
import {
  listEntriesPerPage,
  renderAnswerPages,
  resultsPerPage,
} from '../../src/discord/answer-pages.ts';
import { findLimitViolations } from '../../src/discord/message-limits.ts';
import { pageButtons } from '../../src/discord/page-buttons.ts';
import { pagePayload } from '../../src/discord/send-reply.ts';
import { citedResult } from '../fixtures/cited-result.ts';
import { anyAnswer, licenceLine, longText } from './answer-arbitraries.ts';
import { liveMentions, visibleStrings } from './bot-harness.ts';

const sessionId = 'a1b2c3d4e5f6';

/**
 * Properties run synchronously, so the test timeout cannot stop them; shrinking a large
 * counterexample can take minutes. Stop after 15 s and report the best one found so far.
 */
const bounded = { interruptAfterTimeLimit: 15_000 };

/** The result fields of a page: the overview embed of /rating is not one. */
function resultFields(page: ReturnType<typeof renderAnswerPages>[number]) {
  return page.embeds
    .filter((embed) => embed.title !== 'Side by side')
    .flatMap((e) => e.fields ?? []);
}

const result = (overrides: Partial<CitedResult> = {}) =>
  citedResult({
    highlights: [[0, 11]],
    headingPath: ['Findings'],
    url: 'https://example.org/report',
    licence: 'Open Government Licence v3.0',
    group: 'Ofsted inspection 2017',
    ...overrides,
  });

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

/** Checks every page alone and as sent with its buttons. */
function expectSendable(pages: ReturnType<typeof renderAnswerPages>): void {
  pages.forEach((page, index) => {
    expect(findLimitViolations(page)).toEqual([]);
    if (pages.length > 1) {
      // pagePayload throws if the page with its buttons breaks a limit.
      expect(findLimitViolations(pagePayload(pages, sessionId, index))).toEqual([]);
    }
  });
}

/** Puts a very long text into one chosen field of an answer. */
const withOneVeryLongField = fc
  .tuple(
    anyAnswer({ licence: licenceLine }),
    fc.constantFrom(
      'title',
      'summary',
      'notice',
      'suggestion',
      'excerpt',
      'caution',
      'statement',
      'source',
    ),
    longText(10_000, 20_000),
  )
  .map(([answer, field, text]): Answer => {
    const [first, ...rest] = answer.results;
    const results = first ? [first, ...rest.slice(0, 4)] : [];
    switch (field) {
      case 'title':
      case 'summary':
      case 'notice':
        return { ...answer, results, [field]: text };
      case 'suggestion':
        return { ...answer, results, suggestions: [text, ...answer.suggestions] };
      default: {
        if (!first) return { ...answer, notice: text };
        const key = field === 'source' ? 'title' : field;
        return {
          ...answer,
          results: [{ ...first, [key]: text, highlights: [] }, ...results.slice(1)],
        };
      }
    }
  });

describe('renderAnswerPages', () => {
  it('never leaves a live mention in any string of any page, with or without buttons', () => {
    fc.assert(
      fc.property(anyAnswer(), (any) => {
        const pages = renderAnswerPages(any);
        pages.forEach((page, index) => {
          expect(liveMentions(page)).toEqual([]);
          const buttons = pageButtons(sessionId, index, pages.length);
          expect(liveMentions({ components: [buttons] })).toEqual([]);
        });
      }),
      { numRuns: 40, ...bounded },
    );
  });

  it('renders any answer as pages within Discord limits, buttons included', () => {
    fc.assert(
      fc.property(anyAnswer({ licence: licenceLine }), (any) => {
        expectSendable(renderAnswerPages(any));
      }),
      { numRuns: 40, ...bounded },
    );
  });

  it('keeps within limits and escapes when one field is 10,000 to 20,000 characters', () => {
    fc.assert(
      fc.property(withOneVeryLongField, (any) => {
        const pages = renderAnswerPages(any);
        expectSendable(pages);
        for (const page of pages) expect(liveMentions(page)).toEqual([]);
      }),
      { numRuns: 4, ...bounded },
    );
  });

  it('shows every result exactly once, in order, four quotations (or one list screen) to a page', () => {
    fc.assert(
      fc.property(anyAnswer(), (any) => {
        const pages = renderAnswerPages(any);
        const fields = pages.flatMap(resultFields);
        expect(fields).toHaveLength(any.results.length);
        for (const page of pages) {
          const most = ['timeline', 'sources'].includes(any.command)
            ? listEntriesPerPage
            : resultsPerPage;
          expect(resultFields(page).length).toBeLessThanOrEqual(most);
        }
        if (any.command !== 'sources') {
          fields.forEach((field, i) => {
            expect(field.name.startsWith(`${i + 1}. `)).toBe(true);
          });
        }
        if (pages.length > 1) {
          pages.forEach((page, i) => {
            expect(page.embeds.at(-1)?.footer?.text).toMatch(`Page ${i + 1} of ${pages.length}`);
          });
        }
      }),
      { numRuns: 30, ...bounded },
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
    const rated = (inspection: string, grade: string) => ratingEntry({ inspection, grade });
    const pages = renderAnswerPages(
      answer({
        command: 'rating',
        results: Array.from({ length: 7 }, () =>
          result({ statement: 'Overall effectiveness: Good' }),
        ),
        ratings: [
          rated('2017 (SIF)', 'Inadequate'),
          rated('2020 (ILACS)', 'Good'),
          ...Array.from({ length: 4 }, () => rated('2024 (ILACS)', 'Good')),
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

  it('says under a superseded finding what the latest inspection found, linked', () => {
    const later = {
      publisher: 'Ofsted',
      published: '2024-12-03',
      overall: 'Good',
      url: 'https://example.org/r',
    };
    const [page] = renderAnswerPages(answer({ results: [result({ later })] }));
    expect(page?.embeds[0]?.fields?.[0]?.value).toContain(
      '↪ [Later: Ofsted, Dec 2024, overall Good](https://example.org/r)',
    );
  });

  it('shows a list of 40 short events on one page, in two embeds, within the limits', () => {
    const events = Array.from({ length: 40 }, (_, i) =>
      result({ statement: `${i + 1} May 2020: An event`, excerpt: 'An event.' }),
    );
    const pages = renderAnswerPages(answer({ command: 'timeline', results: events }));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.embeds.map((embed) => embed.fields?.length)).toEqual([25, 15]);
    expect(pages[0]?.embeds[1]?.footer?.text).toBeDefined();
    expectSendable(pages);
  });

  it('names each council in the overview when two councils are side by side', () => {
    const pages = renderAnswerPages(
      answer({
        command: 'rating',
        results: [result({})],
        ratings: [
          ratingEntry({ council: { id: 'bromley', name: 'Bromley' }, inspection: '2023' }),
          ratingEntry({ council: { id: 'lambeth', name: 'Lambeth' }, inspection: '2022' }),
        ],
      }),
    );
    expect(pages[0]?.embeds[0]?.fields?.map((field) => field.name)).toEqual([
      'Bromley · 2023',
      'Lambeth · 2022',
    ]);
  });

  // Regression test, was a bug (src/discord/answer-pages.ts, footerText): licences go into the footer unescaped, so
  // a document whose licence line contains "@everyone" puts a live mention in the reply.
  // (Discord shows footers as plain text and embeds never ping, so the harm is small, but it
  // breaks the module's promise that every string is escaped.)
  it('neutralises mentions in a licence line', () => {
    const pages = renderAnswerPages(
      answer({ results: [result({ licence: 'Ask @everyone before reuse' })] }),
    );
    expect(pages.flatMap((page) => liveMentions(page))).toEqual([]);
  });

  // Regression test, was a bug (src/discord/answer-pages.ts, resultField and sourceField): a source URL is shown
  // as is; a valid URL such as https://example.org/@everyone/report carries a live mention.
  // Percent-encoding "@" as %40 would keep the link working and the text inert.
  it('neutralises mentions in a source URL', () => {
    const url = 'https://example.org/@everyone/report';
    const pages = [
      ...renderAnswerPages(answer({ results: [result({ url })] })),
      ...renderAnswerPages(answer({ command: 'sources', results: [result({ url })] })),
    ];
    expect(pages.flatMap((page) => visibleStrings(page)).join('\n')).toContain('example.org');
    expect(pages.flatMap((page) => liveMentions(page))).toEqual([]);
  });

  // Regression test, was a bug (src/discord/answer-pages.ts): the page budget leaves 300 characters for the footer,
  // but the footer lists the licence of every result on the page (up to 2,048 characters),
  // so a page of full fields with long licence lines breaks the 6,000-character total and
  // sendCommandReply throws: the user gets "something went wrong".
  it('keeps a page with long licence lines within the 6,000-character total', () => {
    const results = Array.from({ length: 4 }, (_, i) =>
      result({
        excerpt: 'word '.repeat(200),
        highlights: [],
        licence: `Licence ${i}: ${'reuse terms '.repeat(50)}`,
      }),
    );
    expectSendable(renderAnswerPages(answer({ results })));
  });

  // Regression test, was a bug (src/discord/answer-pages.ts): the side-by-side overview of /rating all is added to
  // page 1 without counting it in the page budget. The real knowledge set's page 1 is about
  // 4,200 characters already (2,000 of them the overview); two more inspections with seven
  // judgements each push it past 6,000, and /rating inspection:all fails.
  it('keeps page 1 of /rating all within the total with six inspections', () => {
    const judgements = [
      'Overall effectiveness',
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of children looked after and achieving permanence',
      'Adoption performance',
      'The experiences and progress of care leavers',
      'Leadership, management and governance',
      'Local Safeguarding Children Board (review)',
    ];
    const results = [
      '2008',
      '2012',
      '2017 (SIF)',
      '2020 (ILACS)',
      '2024 (ILACS)',
      '2027 (ILACS)',
    ].flatMap((group) =>
      judgements.map((judgement) =>
        result({
          group,
          excerpt:
            'The graded judgement about the experiences and progress of children looked after and achieving permanence is that it requires improvement to be good.',
          highlights: [],
          title:
            'Inspection of services for children in need of help and protection, children looked after and care leavers',
          url: null,
          statement: `${judgement}: Requires improvement to be good`,
          caution:
            'Not "inadequate across the board": the overall judgement and three of the judgements were inadequate, but adoption performance and the experiences and progress of care leavers were graded requires improvement.',
        }),
      ),
    );
    const ratings = results.map((cited) =>
      ratingEntry({
        inspection: cited.group ?? '',
        judgement: cited.statement?.split(': ')[0] ?? '',
        grade: 'Requires improvement to be good',
      }),
    );
    const pages = renderAnswerPages(
      answer({ command: 'rating', title: 'Ratings of every inspection', results, ratings }),
    );
    expect(pages[0]?.embeds[0]?.title).toBe('Side by side');
    expectSendable(pages);
  });

  // Regression test, was a bug (src/discord/answer-pages.ts with discord.js escapeMarkdown): text is escaped in full
  // before it is cut to Discord's limits, and escapeMarkdown's italic rule is quadratic
  // (about 1 s for 20,000 characters, 5 s for 40,000), so one long passage blocks the event
  // loop and every other interaction waits. Cutting before escaping would bound the cost.
  // How long this takes is measured by `npm run bench`, not asserted here.
  it('renders a 20,000-character excerpt cut to the field, ending with an ellipsis', () => {
    const pages = renderAnswerPages(
      answer({ results: [result({ excerpt: 'word '.repeat(4_000), highlights: [] })] }),
    );
    expectSendable(pages);
    const value = pages[0]?.embeds[0]?.fields?.[0]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value).toMatch(/^> “word word/);
    expect(value).toContain('…');
  });
});

/** One judgement as /rating returns it, with test defaults. */
function ratingEntry(overrides: Partial<RatingEntry>): RatingEntry {
  return {
    council: { id: 'exampleshire', name: 'Exampleshire' },
    inspection: '2024 (ILACS)',
    year: 2024,
    published: '2024-12-03',
    inspected: { from: '2024-10-14', to: '2024-10-25' },
    framework: 'ILACS',
    judgement: 'Overall effectiveness',
    area: 'Overall effectiveness',
    grade: 'Good',
    quote: 'Overall effectiveness Good',
    docId: 'ofsted-2024',
    passageId: null,
    ...overrides,
  };
}
