/** Collapses every run of whitespace to one space and trims, for comparing wrapped text. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
