import { foldText } from '../../text/fold-text.ts';

/**
 * Words that say what kind of authority a name is, not which one: "County Durham", "Kent CC",
 * "City of York", "London Borough of Croydon" all mean the council without them.
 */
const authorityWords = new Set([
  'borough',
  'cc',
  'city',
  'council',
  'county',
  'london',
  'mbc',
  'metropolitan',
  'of',
  'royal',
  'the',
]);

/** A council name as compared: folded, "&" read as "and", punctuation as spaces. */
export function foldCouncilName(name: string): string {
  return (
    foldText(name)
      // "B&NES", "T&W": an ampersand inside an initialism joins its letters.
      .replace(/([a-z])&([a-z])/g, '$1and$2')
      .replace(/&/g, ' and ')
      .replace(/['’]s\b/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** The name without the words that only say what kind of authority it is. */
export function coreCouncilName(folded: string): string {
  const words = folded.split(' ').filter((word) => !authorityWords.has(word));
  return words.length > 0 ? words.join(' ') : folded;
}
