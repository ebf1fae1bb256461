import type { Council, CouncilDirectory } from '../knowledge/councils/council-directory.ts';
import { foldCouncilName } from '../knowledge/councils/fold-council-name.ts';
import { isEnglishWord } from '../text/english-words.ts';
import { beginsWithCouncilWord } from './council-words.ts';

/** A council named in a question, and the words that named it. */
export interface CouncilMention {
  council: Council;
  words: string;
  /** Where those words stand in the text: [start, end) offsets. */
  span: [number, number];
  /**
   * Named only by two capitals ("TH"), which may as well be an abbreviation of the sector's
   * ("CE", child exploitation, is Cheshire East's): a name only for a council that is loaded.
   */
  initials?: true;
}

/**
 * The councils a question names, in the order written, each span of words used once: "How did
 * Ofsted rate Kingston upon Hull" names Kingston upon Hull, not also "Hull". A one-word name
 * that is also an English word, written in lower case in a question written in sentence case, is
 * that word ("reading the report", "bury"), not a council; one that is no English word
 * ("bromley's") is the council however it is written. A question typed in lower case (acronyms
 * aside) is read by its words alone.
 */
export function findCouncilMentions(text: string, directory: CouncilDirectory): CouncilMention[] {
  const tokens = [...text.matchAll(/\S+/g)];
  const words = tokens.map((token) => token[0]);
  const folded = words.map((word) => foldCouncilName(word));
  // Sentence case ("Reading", "Do", "I") shows the writer capitalises names; an acronym alone
  // doesn't, nor the plural of one after an ampersand ("B&Bs").
  const caseMatters = /(?:^|[^\p{L}&])(?:\p{Lu}\p{Ll}|I\b)/u.test(text);
  const writtenInLowerCase = /\p{Ll}/u.test(text);
  const used = new Set<number>();
  const mentions: CouncilMention[] = [];
  for (let length = Math.min(directory.longestAlias, words.length); length >= 1; length -= 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const span = Array.from({ length }, (_, i) => start + i);
      if (span.some((i) => used.has(i))) continue;
      const phrase = folded
        .slice(start, start + length)
        .join(' ')
        .trim();
      if (phrase === '') continue;
      // Two capitals in a question not written in capitals ("how did TH do") may be a council's
      // initials; never an English word ("IT", "US").
      const capitalised =
        length === 1 &&
        writtenInLowerCase &&
        /^[A-Z]{2}$/.test(words[start]?.replace(/\W+/g, '') ?? '') &&
        !isEnglishWord(phrase)
          ? directory.lookupCapitals(phrase)
          : undefined;
      const councils = capitalised
        ? [capitalised]
        : orPossessive(
            directory,
            phrase,
            ` ${words.slice(start + length, start + length + 4).join(' ')}`,
          );
      if (councils.length !== 1 || !councils[0]) continue;
      const first = words[start] ?? '';
      if (
        length === 1 &&
        caseMatters &&
        !/^\p{Lu}/u.test(first.replace(/^\W+/u, '')) &&
        isEnglishWord(phrase) &&
        !beginsWithCouncilWord(` ${words.slice(start + 1, start + 5).join(' ')}`)
      )
        continue;
      for (const i of span) used.add(i);
      if (!mentions.some((mention) => mention.council.id === councils[0]?.id)) {
        mentions.push({
          council: councils[0],
          words: words.slice(start, start + length).join(' '),
          span: [
            tokens[start]?.index ?? 0,
            (tokens[start + length - 1]?.index ?? 0) + (words[start + length - 1]?.length ?? 0),
          ],
          ...(capitalised ? { initials: true as const } : {}),
        });
      }
    }
  }
  // Longest names are read first so their words are used once; they are given in the order written.
  return mentions.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * The councils a phrase names, or, when it names none, those of a word typed as a possessive
 * without its apostrophe ("bromleys front door", "stokes children in care council"). A plural
 * that is an English word ("readings", "baths") is a possessive only before the council's
 * children or services, and a name that ends in "s" ("Tower Hamlets") is found first.
 */
function orPossessive(directory: CouncilDirectory, phrase: string, rest: string): Council[] {
  const councils = directory.lookup(phrase);
  if (councils.length > 0) return councils;
  if (isEnglishWord(phrase) && !possessed.test(rest) && !beginsWithCouncilWord(rest)) return [];
  return directory.lookupPossessive(phrase);
}

const possessed =
  /^\s+(?:children|kids|young people|care leavers|social workers|sws|front door|ofsted|inspection|report|adoption|fostering|foster carers|services|social care|leaving care|mash)\b/i;
