import type { PdfLine, TextFragment } from './pdf-line.ts';

/** Characters the reports use as bullets: geometric shapes, bullets, and symbol-font glyphs. */
const BULLET_CHARACTER = /^[\u2022\u2023\u2043\u2219\u25A0-\u25FF\uF000-\uF0FF]$/u;
const PARAGRAPH_NUMBER = /^(\d{1,3})\.$/;
/** Runs closer than this many points touch: they are one word split by the PDF. */
const TOUCHING_GAP = 0.5;

function firstInk(line: PdfLine): TextFragment | undefined {
  return line.fragments.find((fragment) => fragment.text.trim() !== '');
}

/** Whether a line begins with a bullet glyph. */
export function startsWithBullet(line: PdfLine): boolean {
  const first = firstInk(line);
  if (first === undefined) return false;
  const text = first.text.trim();
  return BULLET_CHARACTER.test(text) || (first.symbol && text.length === 1);
}

/**
 * The printed paragraph number a line begins with ("110." set apart from the text), if any.
 * A number run into the words ("2017. The …"), or alone on its line, is text, not a paragraph
 * number.
 */
export function paragraphNumberOf(line: PdfLine): number | undefined {
  const run = leadingNumber(line);
  // A number alone on its line ends a wrapped sentence ("… in 2014–" / "15."): no text follows it.
  if (run === undefined || run.rest.length === 0) return undefined;
  const match = PARAGRAPH_NUMBER.exec(run.text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * The line's first word as printed, with the ink after it: pdfjs may give "9" and ".", or "1",
 * "1" and ".", as runs that touch, which are one number.
 */
function leadingNumber(line: PdfLine): { text: string; rest: TextFragment[] } | undefined {
  const ink = line.fragments.filter((fragment) => fragment.text.trim() !== '');
  const [first, ...others] = ink;
  if (first === undefined) return undefined;
  let text = first.text.trim();
  let end = first.xEnd;
  let taken = 0;
  for (const next of others) {
    if (next.x - end >= TOUCHING_GAP) break;
    const joined = text + next.text.trim();
    if (/^\d{1,3}\.?$/.test(joined)) {
      text = joined;
      end = next.xEnd;
      taken += 1;
      continue;
    }
    // The point may come glued to the words after it ("14" + ". Reading has …").
    const glued = /^\.\s+(\S.*)$/s.exec(next.text.trimStart());
    if (/^\d{1,3}$/.test(text) && glued?.[1] !== undefined) {
      const words = { ...next, text: glued[1] };
      return { text: `${text}.`, rest: [words, ...others.slice(taken + 1)] };
    }
    break;
  }
  return { text, rest: others.slice(taken) };
}
/** The line without its leading bullet glyph. */
export function withoutBullet(line: PdfLine): PdfLine {
  const first = firstInk(line);
  if (first === undefined || !startsWithBullet(line)) return line;
  return { ...line, fragments: line.fragments.filter((fragment) => fragment !== first) };
}

/** Where a bullet's or numbered paragraph's text starts: the indent its wrapped lines align to. */
export function hangingIndentOf(line: PdfLine): number {
  return leadingNumber(line)?.rest[0]?.x ?? line.x;
}
