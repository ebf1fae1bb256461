import { coreCouncilName, foldCouncilName } from './fold-council-name.ts';

/** Words joining the parts of a place name, which people drop: "Hull", "Stoke", "Bath". */
const joiningWords = new Set(['and', 'upon', 'on', 'with']);
/** Initialisms shorter than this are not aliases: "is", "iw" and "tw" are words or noise. */
const minInitialism = 3;
const minInitialismWithA = 4;
/** Small words left out of an initialism: "Bath and North East Somerset" is "BNES" or "B&NES". */
const unlettered = new Set(['of', 'the', 'upon', 'on', 'with']);

/** Compass words and points, as people abbreviate them in a place name. */
const compassShortForms = new Map([
  ['north east', 'ne'],
  ['north west', 'nw'],
  ['south east', 'se'],
  ['south west', 'sw'],
  ['north', 'n'],
  ['south', 's'],
  ['east', 'e'],
  ['west', 'w'],
]);
const compassWords = /\b(north east|north west|south east|south west|north|south|east|west)\b/g;

/**
 * The ways people write a council's name, derived from the name alone: the full name, the name
 * without "County"/"City of", each part of a joined name ("Kingston upon Hull" → "Hull",
 * "Telford and Wrekin" → "Telford", "Bournemouth, Christchurch and Poole" → "Poole"),
 * initialisms ("BCP", "B&NES", "BANES"), and compass words shortened ("Bath & NE Somerset").
 * Parts, initialisms and short forms are candidates only: the directory drops any that two
 * councils share.
 */
export function councilAliases(name: string): {
  exact: string[];
  derived: string[];
  /** A two-letter initialism ("th" for Tower Hamlets): a name only when written in capitals. */
  capitals: string[];
} {
  const folded = foldCouncilName(name);
  const core = coreCouncilName(folded);
  const words = core.split(' ');
  const parts: string[][] = [[]];
  // A comma lists places as "and" does: "Bournemouth, Christchurch and Poole" has three parts.
  for (const word of coreCouncilName(foldCouncilName(name.replace(/,/g, ' and '))).split(' ')) {
    if (joiningWords.has(word)) parts.push([]);
    else parts.at(-1)?.push(word);
  }
  const derived = new Set<string>();
  if (parts.length > 1) {
    for (const part of parts) if (part.length > 0) derived.add(part.join(' '));
  }
  const lettered = words.filter((word) => !unlettered.has(word));
  if (lettered.length >= 2) {
    const initial = (word: string) => word[0] ?? '';
    const plain = lettered
      .filter((word) => word !== 'and')
      .map(initial)
      .join('');
    derived.add(plain);
    derived.add(lettered.map((word) => (word === 'and' ? 'and' : initial(word))).join(''));
    // "and" as an A ("BANES") only makes a name at four letters or more: "bad" would be
    // Barking and Dagenham in "how bad was it".
    const withA = lettered.map(initial).join('');
    if (withA.length >= minInitialismWithA) derived.add(withA);
  }
  // Compass words are written short: "Bath & NE Somerset", "E Sussex", "N Yorkshire".
  for (const name of [core, ...derived]) {
    const short = name.replace(compassWords, (words) => compassShortForms.get(words) ?? words);
    if (short !== name) derived.add(short);
  }
  const exact = [...new Set([folded, core])];
  // A two-letter initialism is an ordinary word too often ("is" for Isles of Scilly), unless
  // written in capitals ("TH", "MK").
  return {
    exact,
    derived: [...derived].filter(
      (alias) => !exact.includes(alias) && (alias.includes(' ') || alias.length >= minInitialism),
    ),
    capitals: [...derived].filter((alias) => /^[a-z]{2}$/.test(alias)),
  };
}
