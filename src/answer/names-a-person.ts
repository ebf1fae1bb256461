import type { KnowledgeIndex } from '../search/knowledge-index.ts';

/**
 * Whether a text names a person, as "what's the name of …" asks: a title before a capitalised
 * word ("Cllr Pollard"), or two or more capitalised words in a row that the documents never
 * write in lower case ("Marcie Taylor", but not "The Government" or "Overall effectiveness").
 * Which words are only ever capitalised is read from the council's own documents, so it holds
 * for any council's people without a list of names.
 */
export function namesAPerson(text: string, lowerCaseWords: ReadonlySet<string>): boolean {
  return personNameSpans(text, lowerCaseWords).length > 0;
}

/** Where a text names people, as offsets into it: the runs `namesAPerson` finds. */
export function personNameSpans(
  text: string,
  lowerCaseWords: ReadonlySet<string>,
): Array<[number, number]> {
  const words = [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  // Runs of adjacent proper words, from a title before one ("Cllr Pollard") when there is one.
  const runs: Array<{ from: number; to: number }> = [];
  words.forEach((current, i) => {
    const previous = words[i - 1];
    // Words must stand next to each other: "Taylor. Swift" is two sentences, not a name.
    const adjacent = previous !== undefined && /^ +$/.test(text.slice(previous.end, current.start));
    const proper = properWord.test(current.word) && !lowerCaseWords.has(current.word.toLowerCase());
    const last = runs.at(-1);
    if (!proper) return;
    if (adjacent && previous && title.test(previous.word) && last?.to !== i - 1) {
      runs.push({ from: i - 1, to: i });
    } else if (adjacent && last?.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i });
  });
  return runs
    .filter(({ from, to }) => {
      if (title.test(words[from]?.word ?? '')) return to > from;
      // A name after "the" is a thing's ("the Next Venture Fund", "the Family Hub"): English
      // gives a person's name no article.
      // A post's title may stand between ("the Chief Executive Jo Smith").
      const first = words[from]?.word ?? '';
      if (/^the$/i.test(words[from - 1]?.word ?? '') && !postWord.test(first)) return false;
      // "Public Law Outline", "Family Drug Court": a run that ends in the noun of a body or a
      // process names a thing, however many of its words are names ("Mary Ann Young" is a person).
      // "Chief Executive", "Interim Director": a post's title, capitalised as names are.
      const post = words.slice(from, to + 1).every(({ word }) => postWord.test(word));
      return to > from && !institution.test(words[to]?.word ?? '') && !post;
    })
    .map(({ from, to }): [number, number] => [words[from]?.start ?? 0, words[to]?.end ?? 0]);
}

/** A capitalised word, allowing "McEntee", "O'Neil", "Smith-Jones". */
const properWord = /^(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?$/;
/** The nouns a body's or a process's name ends in. */
const institution =
  /^(?:Court|Courts|Outline|Panel|Board|Service|Services|Team|Teams|Hub|Partnership|Programme|Project|Trust|Council|Committee|Group|Centre|Unit|Process|Plan|Framework|Forum|Network|Scheme|Strategy|Review|Office|Agency|Authority|Conference|Meeting|Act|Order|Code)$/;
const title = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Professor)$/;
/** The words a post's title is made of. */
const postWord =
  /^(?:Chief|Executive|Director|Deputy|Assistant|Interim|Acting|Head|Leader|Lead|Officer|Manager|Principal|Member|Portfolio|Holder|Cabinet|Commissioner|Chair|Chairman|Chairperson|Mayor|Inspector|Senior|Strategic|Corporate|Service|Practice)$/;

/** The words a text writes in lower case somewhere: those are not names. */
export function lowerCaseWordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\b[a-z][\p{L}'’-]*/gu)) {
      words.add(match[0].replace(/['’]s$/, ''));
    }
  }
  return words;
}

const lowerCaseWordsByPassages = new WeakMap<object, Set<string>>();

/** The lower-case words of one council's documents, read once. */
function councilLowerCaseWords(index: KnowledgeIndex): Set<string> {
  const passages = index.knowledgeBase.passages;
  let words = lowerCaseWordsByPassages.get(passages);
  if (!words) {
    words = lowerCaseWordsOf(passages.map((passage) => passage.text));
    lowerCaseWordsByPassages.set(passages, words);
  }
  return words;
}

/** `namesAPerson` over one council's documents. */
export function personNamer(index: KnowledgeIndex): (text: string) => boolean {
  const lowerCase = councilLowerCaseWords(index);
  return (text) => namesAPerson(text, lowerCase);
}

/** `personNameSpans` over one council's documents. */
export function personSpanner(index: KnowledgeIndex): (text: string) => Array<[number, number]> {
  const lowerCase = councilLowerCaseWords(index);
  return (text) => personNameSpans(text, lowerCase);
}
