/**
 * Prefixes that keep their hyphen ("pre-proceedings", "multi-agency"): a line break after one of
 * these is a break at a real hyphen, not a word split by hyphenation.
 */
const HYPHEN_PREFIXES = new Set([
  'anti',
  'co',
  'counter',
  'cross',
  'de',
  'ex',
  'half',
  'in',
  'inter',
  'long',
  'mid',
  'multi',
  'non',
  'off',
  'on',
  'out',
  'over',
  'post',
  'pre',
  'pro',
  're',
  'self',
  'semi',
  'short',
  'sub',
  'super',
  'under',
  'up',
  'well',
  'wide',
]);
/** After a hyphen and a break, these words mean a suspended hyphen ("16- and 17-year-olds"). */
const SUSPENDED_HYPHEN_FOLLOWERS = new Set(['and', 'or', 'to']);
/** A range of numbers broken after its en dash ("2014–" / "15"): closed up, as printed. */
const NUMBER_RANGE_BREAK = /\d–$/u;
const LINE_END_HYPHEN = /(?<=[\p{L}\p{N}])-$/u;
const TRAILING_WORD = /([\p{L}\p{N}][\p{L}\p{N}’'-]*)-$/u;
const LEADING_WORD = /^[\p{L}\p{N}][\p{L}\p{N}’'-]*/u;
const WORD = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu;

/** Lower-cased words (hyphenated compounds whole) that a document uses, as evidence for joins. */
export function collectVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) vocabulary.add(match[0].toLowerCase());
  }
  return vocabulary;
}

/**
 * Whether the hyphen ending `before` is a real hyphen that the line break fell after, judged on
 * evidence: a compound already under way ("out-of-"), the hyphenated form used elsewhere in the
 * document, a prefix that takes a hyphen, or a number. Only when the unhyphenated word is used
 * elsewhere is the hyphen taken for a hyphenation break; otherwise it is kept, because these
 * reports are not hyphenated automatically, so a hyphen at a line end was typed.
 */
export function isRealLineEndHyphen(
  before: string,
  after: string,
  vocabulary: ReadonlySet<string>,
): boolean {
  const stem = TRAILING_WORD.exec(before)?.[1]?.toLowerCase();
  const next = LEADING_WORD.exec(after)?.[0]?.toLowerCase();
  if (stem === undefined || next === undefined) return true;
  if (stem.includes('-')) return true;
  if (vocabulary.has(`${stem}-${next}`)) return true;
  if (HYPHEN_PREFIXES.has(stem)) return true;
  if (/\d/.test(stem) || /^\d/.test(next)) return true;
  return !vocabulary.has(`${stem}${next}`);
}

/**
 * Join a block's wrapped lines into one paragraph: a space at each break, except after a line-end
 * hyphen, which is kept and closed up when real ("evidence-" + "based") and dropped when it only
 * split a word; a suspended hyphen ("16-" + "and") keeps its space.
 */
export function joinWrappedLines(
  lines: readonly string[],
  vocabulary: ReadonlySet<string>,
): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
      continue;
    }
    if (NUMBER_RANGE_BREAK.test(text) && /^\d/.test(line)) {
      text = `${text}${line}`;
      continue;
    }
    if (!LINE_END_HYPHEN.test(text)) {
      text = `${text} ${line}`;
      continue;
    }
    const next = LEADING_WORD.exec(line)?.[0]?.toLowerCase() ?? '';
    if (SUSPENDED_HYPHEN_FOLLOWERS.has(next)) text = `${text} ${line}`;
    else if (isRealLineEndHyphen(text, line, vocabulary)) text = `${text}${line}`;
    else text = `${text.slice(0, -1)}${line}`;
  }
  return text;
}
