import fc from 'fast-check';
import type { Answer, CitedResult } from '../../src/answer/answer.ts';
import { sourceKinds } from '../../src/knowledge/source-kind.ts';

/** Bits of text that stress escaping: mentions, Markdown, quotes, line breaks. */
const tricky = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '<',
  '@',
  '**',
  '__',
  '*',
  '_',
  '~~',
  '||',
  '`',
  '```',
  '> ',
  '# ',
  '- ',
  '1. ',
  '[link](https://example.org)',
  '\\',
  ': ',
  '\n',
  ' ',
  '“',
  '👩‍👩‍👧',
  '\u200b',
);

/** A run of one character or word long enough to force cuts, up to 20,000 characters. */
const long = fc
  .tuple(
    fc.oneof(fc.constantFrom('a', 'word ', '@everyone ', '<@1> ', '**b** '), fc.string({ minLength: 1, maxLength: 8 })),
    fc.integer({ min: 200, max: 20_000 }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Random text, mostly short, sometimes very long, full of mentions and Markdown. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 10 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: long },
);

/** Text with no `@` or `<`, for the fields the bot does not escape (see the it.fails tests). */
export const mentionFreeText: fc.Arbitrary<string> = anyText.map((text) =>
  text.replaceAll('@', '(at)').replaceAll('<', '‹'),
);

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Highlight ranges inside a text of `length`: sorted, not overlapping. */
function highlightsWithin(length: number): fc.Arbitrary<Array<[number, number]>> {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 })
    .map((points) => {
      const sorted = [...points].sort((a, b) => a - b);
      const ranges: Array<[number, number]> = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        ranges.push([sorted[i] ?? 0, sorted[i + 1] ?? 0]);
      }
      return ranges;
    });
}

const group = fc.option(fc.oneof(fc.constantFrom('2017 (SIF)', '2020 (ILACS)', '2024 (ILACS)'), anyText));

/** Any cited result: every text field random, `url` and `licence` free of mentions. */
export const anyResult: fc.Arbitrary<CitedResult> = fc
  .record({
    excerpt: anyText,
    truncatedBefore: fc.boolean(),
    truncatedAfter: fc.boolean(),
    docId: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    passageId: fc.option(fc.string()),
    paragraph: fc.option(fc.nat(9999)),
    headingPath: fc.array(anyText, { maxLength: 3 }),
    title: anyText,
    publisher: anyText,
    published: isoDate,
    datePrecision: fc.constantFrom('day' as const, 'month' as const, 'approximate' as const),
    kind: fc.constantFrom(...sourceKinds),
    kindLabel: anyText,
    url: fc.option(fc.webUrl().filter((url) => !url.includes('@'))),
    licence: fc.option(mentionFreeText),
    score: fc.double({ noNaN: true }),
    statement: fc.option(fc.oneof(anyText, fc.tuple(anyText, anyText).map(([j, g]) => `${j}: ${g}`))),
    caution: fc.option(anyText),
    group,
  })
  .chain((result) =>
    highlightsWithin(result.excerpt.length).map((highlights) => ({ ...result, highlights })),
  );

/** Any answer, 0 to 60 results, for any command. */
export const anyAnswer: fc.Arbitrary<Answer> = fc.record({
  command: fc.constantFrom('finding', 'ask', 'rating', 'timeline', 'who', 'consequences', 'sources', 'help'),
  query: anyText,
  answered: fc.boolean(),
  title: anyText,
  summary: fc.option(anyText),
  results: fc.array(anyResult, { maxLength: 60 }),
  suggestions: fc.array(anyText, { maxLength: 6 }),
  notice: fc.option(anyText),
});
