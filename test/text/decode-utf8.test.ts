import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/text/decode-utf8.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeUtf8', () => {
  it('decodes well-formed UTF-8, multi-byte characters and a BOM included', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFCroydon’s ✓ 𝄞'))).toEqual({
      ok: true,
      text: '\uFEFFCroydon’s ✓ 𝄞',
    });
  });

  it('refuses Latin-1 instead of replacing it, naming the offset and the byte', () => {
    expect(decodeUtf8(bytes(0x43, 0x61, 0x66, 0xe9, 0x20))).toEqual({
      ok: false,
      offset: 3,
      byte: 0xe9,
    });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['a stray continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong encoding of "/"', bytes(0x41, 0xc0, 0xaf), 1],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['a UTF-16 surrogate', bytes(0x41, 0xed, 0xa0, 0x80), 1],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short by the end', bytes(0x41, 0xe2, 0x9c), 1],
  ])('finds %s', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    expect(decodeUtf8(input).ok).toBe(false);
  });

  it('is the length of well-formed text', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('€ ✓ 𝄞'))).toBe(12);
  });
});
