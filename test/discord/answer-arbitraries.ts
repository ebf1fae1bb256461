import fc from 'fast-check';
import type { Answer, CitedResult } from '../../src/answer/answer.ts';
import { commandCatalogue } from '../../src/answer/command-catalogue.ts';
import { sourceKinds } from '../../src/knowledge/source-kind.ts';

/** Bits of text that stress escaping: mentions, Markdown, quotes, line breaks, astral characters. */
export const tricky = fc.constantFrom(
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
  '𝒳',
  '\u200b',
);

/** A run of one character or word, `min` to `max` characters, long enough to force cuts. */
export function longText(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.oneof(
        fc.constantFrom('a', 'word ', '@everyone ', '<@1> ', '**b** ', '_x'),
        fc.string({ minLength: 1, maxLength: 8 }),
      ),
      fc.integer({ min, max }),
    )
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
}

const pieces = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 10 })
  .map((parts) => parts.join(''));

/**
 * Random text, mostly short, sometimes past every Discord limit (up to 3,000 characters),
 * full of mentions and Markdown. Longer text is in `longText`: escaping is slow on it.
 */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pieces },
  { weight: 1, arbitrary: longText(200, 3_000) },
);

/** A licence line of any kind, mentions and Markdown included. */
export const licenceLine: fc.Arbitrary<string> = anyText;

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Highlight ranges inside a text of `length`: sorted, not overlapping. */
function highlightsWithin(length: number): fc.Arbitrary<Array<[number, number]>> {
  return fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 }).map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const ranges: Array<[number, number]> = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      ranges.push([sorted[i] ?? 0, sorted[i + 1] ?? 0]);
    }
    return ranges;
  });
}

export interface AnswerShape {
  /** How licence lines are drawn (the bot puts them in the footer unescaped). */
  licence?: fc.Arbitrary<string>;
  /** Which commands the answer may be for (/rating adds an overview embed). */
  commands?: readonly string[];
  text?: fc.Arbitrary<string>;
}

/** Every command an answer can come from, as the catalogue lists them. */
const allCommands = commandCatalogue.map((entry) => entry.name);

/** Text the way a `z.string().trim().min(1)` schema leaves it. */
function schemaText(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.string({ minLength: 1, maxLength: 10 })).map(([value, fallback]) => {
    const trimmed = value.trim();
    return trimmed === '' ? `x${fallback.trim()}` : trimmed;
  });
}

/** Any cited result: every text field random, its URL possibly carrying `@` and `<`. */
export function anyResult(shape: AnswerShape = {}): fc.Arbitrary<CitedResult> {
  const text = shape.text ?? anyText;
  const group = fc.option(
    fc.oneof(fc.constantFrom('2017 (SIF)', '2020 (ILACS)', '2024 (ILACS)'), text),
  );
  return fc
    .record({
      excerpt: text,
      truncatedBefore: fc.boolean(),
      truncatedAfter: fc.boolean(),
      docId: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      passageId: fc.option(fc.string()),
      paragraph: fc.option(fc.nat(9999)),
      headingPath: fc.array(text, { maxLength: 3 }),
      // As the document schema has them: trimmed and not empty.
      title: schemaText(text),
      publisher: schemaText(text),
      published: isoDate,
      datePrecision: fc.constantFrom('day' as const, 'month' as const, 'approximate' as const),
      kind: fc.constantFrom(...sourceKinds),
      kindLabel: text,
      url: fc.option(
        fc.oneof(
          fc.webUrl(),
          fc.webUrl().map((url) => `${url}/@everyone/<@123456789012345678>`),
        ),
      ),
      licence: fc.option(shape.licence ?? anyText),
      score: fc.double({ noNaN: true }),
      statement: fc.option(
        fc.oneof(
          text,
          fc.tuple(text, text).map(([judgement, grade]) => `${judgement}: ${grade}`),
        ),
      ),
      caution: fc.option(text),
      group,
    })
    .chain((result) =>
      highlightsWithin(result.excerpt.length).map((highlights) => ({ ...result, highlights })),
    );
}

/** Any answer, 0 to 60 results. */
export function anyAnswer(shape: AnswerShape = {}): fc.Arbitrary<Answer> {
  const text = shape.text ?? anyText;
  return fc.record({
    command: fc.constantFrom(...(shape.commands ?? allCommands)),
    query: text,
    answered: fc.boolean(),
    title: text,
    summary: fc.option(text),
    results: fc.array(anyResult(shape), { maxLength: 60 }),
    suggestions: fc.array(text, { maxLength: 6 }),
    notice: fc.option(text),
  });
}
