/**
 * C0 controls (but line feed and tab), DEL, C1 controls, and the bidi controls: embeddings and
 * overrides (U+202A–202E), isolates (U+2066–2069), LRM/RLM (U+200E/F) and ALM (U+061C). Echoed
 * from a query, an override makes a reply read as something it does not say, and a terminal
 * control (ESC, BEL) acts on the console instead of being shown.
 */
const unsafeCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching controls is the point.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Removes control and bidi-control characters from text that will be shown back to someone. */
export function stripControls(text: string): string {
  return text.replace(unsafeCharacters, '');
}
