import type { KnowledgeIndex } from '../search/knowledge-index.ts';

/**
 * Whether a text names a person, as "what's the name of …" asks: a title before a capitalised
 * word ("Cllr Pollard"), or two or more capitalised words in a row that the documents never
 * write in lower case ("Marcie Taylor", but not "The Government" or "Overall effectiveness").
 * Which words are only ever capitalised is read from the council's own documents, so it holds
 * for any council's people without a list of names.
 */
export function namesAPerson(text: string, lowerCaseWords: ReadonlySet<string>): boolean {
  const words = [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  let run = 0;
  let found = false;
  words.forEach((current, i) => {
    const previous = words[i - 1];
    // Words must stand next to each other: "Taylor. Swift" is two sentences, not a name.
    const adjacent = previous !== undefined && /^ +$/.test(text.slice(previous.end, current.start));
    const proper = properWord.test(current.word) && !lowerCaseWords.has(current.word.toLowerCase());
    if (proper && adjacent && title.test(previous.word)) run = 2;
    else run = proper ? (adjacent ? run + 1 : 1) : 0;
    if (run >= 2) found = true;
  });
  return found;
}

/** A capitalised word, allowing "McEntee", "O'Neil", "Smith-Jones". */
const properWord = /^(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?$/;
const title = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Professor)$/;

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

const namers = new WeakMap<object, (text: string) => boolean>();

/** `namesAPerson` over one council's documents, their lower-case words read once. */
export function personNamer(index: KnowledgeIndex): (text: string) => boolean {
  const passages = index.knowledgeBase.passages;
  let namer = namers.get(passages);
  if (!namer) {
    const lowerCase = lowerCaseWordsOf(passages.map((passage) => passage.text));
    namer = (text) => namesAPerson(text, lowerCase);
    namers.set(passages, namer);
  }
  return namer;
}
