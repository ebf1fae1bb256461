import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripControls } from '../../src/text/strip-controls.ts';

/** Every character stripChars must remove (issue 11): C0 and C1 controls, bidi controls. */
const unsafe = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((code) => code !== 0x0a && code !== 0x09),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
  0x200e,
  0x200f,
  0x061c,
].map((code) => String.fromCharCode(code));

describe('stripControls', () => {
  it.each(
    unsafe.map((character) => [character.codePointAt(0)?.toString(16), character]),
  )('removes U+%s', (_, character) => {
    expect(stripControls(`a${character}b`)).toBe('ab');
  });

  it('turns a right-to-left override back into the text as typed', () => {
    expect(stripControls('supervision\u202Egnp.exe\u202C')).toBe('supervisiongnp.exe');
    expect(stripControls('\u001B[31mred\u001B[0m')).toBe('[31mred[0m');
  });

  it('keeps line breaks, tabs, accents, emoji, curly quotes and other scripts', () => {
    const text = 'Croydon’s “care” —\n\tcafé ✓ 👩🏽‍⚕️ مرحبا שלום';
    expect(stripControls(text)).toBe(text);
  });

  it('leaves nothing unsafe in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        const out = stripControls(input);
        for (const character of unsafe) expect(out).not.toContain(character);
      }),
    );
  });
});
