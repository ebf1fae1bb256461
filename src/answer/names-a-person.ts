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
  const spans: Array<[number, number]> = [];
  let run = 0;
  let runStart = 0;
  words.forEach((current, i) => {
    const previous = words[i - 1];
    // Words must stand next to each other: "Taylor. Swift" is two sentences, not a name.
    const adjacent = previous !== undefined && /^ +$/.test(text.slice(previous.end, current.start));
    const proper = properWord.test(current.word) && !lowerCaseWords.has(current.word.toLowerCase());
    if (proper && adjacent && title.test(previous.word)) {
      run = 2;
      runStart = previous.start;
    } else if (proper && adjacent && run > 0) run += 1;
    else {
      run = proper ? 1 : 0;
      runStart = current.start;
    }
    if (run < 2) return;
    const last = spans.at(-1);
    if (last && last[0] === runStart) last[1] = current.end;
    else spans.push([runStart, current.end]);
  });
  return spans;
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
