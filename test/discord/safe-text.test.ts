import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeUserText,
  neutraliseMentions,
  safeText,
  truncateAtWord,
} from '../../src/discord/safe-text.ts';
import { tricky } from './answer-arbitraries.ts';
import { liveMention } from './bot-harness.ts';

/** Whether a string holds a surrogate half without its partner. */
function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Well-formed text (no lone surrogates) full of mentions, Markdown and astral characters. */
const text = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('truncateAtWord', () => {
  it('returns text that fits unchanged', () => {
    fc.assert(
      fc.property(text, fc.nat(50), (input, extra) => {
        expect(truncateAtWord(input, input.length + extra)).toBe(input);
      }),
    );
  });

  it('cuts to at most max characters: a prefix of the input, then "…", no lone surrogate', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 400 }), (input, max) => {
        const cut = truncateAtWord(input, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (input.length <= max) return;
        if (max === 0) {
          expect(cut).toBe('');
          return;
        }
        expect(cut.endsWith('…')).toBe(true);
        expect(input.startsWith(cut.slice(0, -1))).toBe(true);
        expect(hasLoneSurrogate(cut)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts at a word boundary when one is near', () => {
    expect(truncateAtWord('the lead inspector was Jane Pollard', 20)).toBe('the lead inspector…');
    // No space in the last 40%: cut mid-word rather than lose most of the room.
    expect(truncateAtWord('a supercalifragilistic word', 12)).toBe('a supercali…');
  });

  it('never splits a surrogate pair', () => {
    expect(truncateAtWord('ab𝒳𝒳𝒳', 4)).toBe('ab…');
    expect(truncateAtWord('😀😀😀😀', 4)).toBe('😀…');
  });
});

describe('escapeUserText and neutraliseMentions', () => {
  it('leave no live @everyone, @here, <@id>, <@!id> or <@&id>', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(escapeUserText(input)).not.toMatch(liveMention);
        expect(neutraliseMentions(input)).not.toMatch(liveMention);
      }),
      { numRuns: 500 },
    );
  });

  it('stay safe when the escaped text is cut anywhere and joined to other escaped text', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), (a, b, at) => {
        const escaped = escapeUserText(a);
        const cut = truncateAtWord(escaped, at % (escaped.length + 1));
        expect(cut + escapeUserText(b)).not.toMatch(liveMention);
      }),
      { numRuns: 300 },
    );
  });

  it('only add zero-width spaces: removing them gives back the input', () => {
    fc.assert(
      fc.property(
        text.filter((input) => !input.includes('\u200b')),
        (input) => {
          expect(neutraliseMentions(input).replaceAll('\u200b', '')).toBe(input);
        },
      ),
    );
  });

  it('show mentions and Markdown as typed', () => {
    expect(escapeUserText('@everyone look at <@123> and <#456>')).toBe(
      '@\u200beveryone look at <\u200b@\u200b123> and <\u200b#456>',
    );
    expect(escapeUserText('**bold** _it_ `code` ~~x~~ ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\|\\|spoiler\\|\\|',
    );
    expect(escapeUserText('# Heading\n- item\n1. first\n[link](https://x.org)')).toBe(
      '\\# Heading\n\\- item\n1\\. first\n\\[link](https://x.org)',
    );
  });
});

describe('control and bidi characters in echoed text', () => {
  const hostile = 'supervision\u202Eevil\u202C\u2066x\u2069\u200E\u200F\u061C\u0007\u009B\u0000';

  it('are stripped by escapeUserText and safeText', () => {
    expect(escapeUserText(hostile)).toBe('supervisionevilx');
    expect(safeText(hostile, 100)).toBe('supervisionevilx');
  });

  it('are stripped while line breaks stay', () => {
    expect(escapeUserText('one\u202E\ntwo')).toBe('one\ntwo');
  });
});
