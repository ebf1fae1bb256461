import { editDistance } from '../text/edit-distance.ts';
import { foldText } from '../text/fold-text.ts';

/** Which sources a question asks about, and the question without those words. */
export interface SourceHints {
  /** Publishers named in the question ("what did Ofsted say …"). */
  publishers: string[];
  /** True when the question asks for the inspectors' own words. */
  inspectors: boolean;
  text: string;
}

/** "The inspectors" name the source, unless counted: "how many inspectors" asks about them. */
const inspectorWords =
  /(?<!\bhow\s+many\s+(?:[\p{L}'’]+\s+){0,2})\b(inspectors?|inspectorate)\b/giu;

/**
 * Takes the source out of a question: "what did Ofsted say about fostering" searches for
 * fostering in Ofsted's documents, because reports rarely name their own publisher. A one-word
 * publisher may be misspelt by one letter ("Ofstead").
 */
export function extractSourceHints(question: string, publishers: readonly string[]): SourceHints {
  // "According to the inspectors" attributes, like the source's name: its words are no topic
  // ("according" matches the reports' "in accordance with section 152").
  const sources = [
    'inspectors?',
    'inspectorate',
    ...publishers.map((publisher) => escapeRegExp(foldText(publisher))),
  ];
  let text = question.replace(
    new RegExp(`\\baccording to (?:the )?(?=(?:${sources.join('|')})\\b)`, 'giu'),
    ' ',
  );
  const named: string[] = [];
  for (const publisher of publishers) {
    const words = foldText(publisher).split(/\s+/).filter(Boolean);
    const pattern =
      words.length === 1
        ? new RegExp(
            `\\b[\\p{L}]{${Math.max(1, (words[0]?.length ?? 0) - 1)},${(words[0]?.length ?? 0) + 1}}\\b`,
            'giu',
          )
        : new RegExp(`\\b${words.map(escapeRegExp).join('\\s+')}\\b`, 'giu');
    const before = text;
    text = text.replace(pattern, (match) =>
      words.length > 1 ||
      editDistance(foldText(match), words[0] ?? '') <= (match.length >= 5 ? 1 : 0)
        ? ' '
        : match,
    );
    if (text !== before) named.push(publisher);
  }
  const inspectors = inspectorWords.test(text);
  inspectorWords.lastIndex = 0;
  text = text.replace(inspectorWords, ' ').replace(/\s+/g, ' ').trim();
  return { publishers: named, inspectors, text };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
