/** Text decoded from bytes, or where the bytes first stop being UTF-8. */
export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; offset: number; byte: number | undefined };

// Fatal, so a Latin-1 or binary file is refused instead of being quoted "verbatim" with U+FFFD
// in place of what the source printed. The BOM is kept for the parser, which strips it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly; on failure says at which byte the first bad sequence starts. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, offset, byte: bytes[offset] };
  }
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
 * forms, surrogates and code points past U+10FFFF included), or `bytes.length` when the text
 * ends inside a sequence. TextDecoder says only that decoding failed, not where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    // The second byte's range depends on the lead (RFC 3629 §4), which rules out overlongs,
    // surrogates and values past U+10FFFF.
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next < min || next > max) return i;
    }
    i += length;
  }
  return bytes.length;
}

function sequenceLength(lead: number): number {
  if (lead <= 0x7f) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
