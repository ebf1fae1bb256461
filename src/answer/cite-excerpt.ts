import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { KnowledgeDocument, Passage } from '../knowledge/knowledge-document.ts';
import { locateQuote } from '../knowledge/locate-quote.ts';
import { sourceKindLabels } from '../knowledge/source-kind.ts';
import { segmentSentences } from '../text/segment-sentences.ts';
import type { CitedResult } from './answer.ts';
import { type ExcerptWindow, findMatchedWords, maxExcerptChars } from './sentence-window.ts';

export interface CiteOptions {
  score?: number;
  statement?: string | null;
  caution?: string | null;
  group?: string | null;
  /** Stored terms to mark in the excerpt. */
  matchedTerms?: ReadonlySet<string>;
}

/**
 * Cites a window of a document (offsets into its body) as the verbatim excerpt, with the
 * passage it belongs to and everything that traces it.
 */
export function citeExcerpt(
  document: KnowledgeDocument,
  passage: Passage | undefined,
  window: ExcerptWindow,
  options: CiteOptions = {},
): CitedResult {
  const excerpt = document.body.slice(window.start, window.end);
  const highlights = options.matchedTerms
    ? findMatchedWords(excerpt, options.matchedTerms).map(({ start, end }): [number, number] => [
        start,
        end,
      ])
    : [];
  const { meta } = document;
  return {
    excerpt,
    highlights,
    truncatedBefore: window.truncatedBefore,
    truncatedAfter: window.truncatedAfter,
    docId: meta.id,
    passageId: passage?.id ?? null,
    paragraph: passage?.paragraph ?? null,
    headingPath: passage?.headingPath ?? [],
    title: meta.title,
    publisher: meta.publisher,
    published: meta.published,
    datePrecision: meta.date_precision,
    kind: meta.kind,
    kindLabel: sourceKindLabels[meta.kind],
    url: meta.url,
    licence: meta.licence ?? null,
    score: options.score ?? 0,
    statement: options.statement ?? null,
    caution: options.caution ?? null,
    group: options.group ?? null,
  };
}

/**
 * Cites a fact's quote as it stands in its document (the document's own characters, whatever
 * the whitespace in the facts file), within the passage that holds it.
 */
export function citeQuote(
  knowledgeBase: KnowledgeBase,
  docId: string,
  quote: string,
  options: CiteOptions = {},
): CitedResult | undefined {
  const document = knowledgeBase.documentsById.get(docId);
  const location = document && locateQuote(document.body, quote);
  if (!document || !location) return undefined;
  // A quote from a heading (a judgement stated in a section title) belongs to the passage the
  // heading introduces.
  const inDocument = knowledgeBase.passages.filter((candidate) => candidate.docId === docId);
  const overlaps = inDocument.some(
    (candidate) => candidate.start < location.end && location.start < candidate.end,
  );
  const passage =
    inDocument.find(
      (candidate) => candidate.start <= location.start && location.end <= candidate.end,
    ) ?? (overlaps ? undefined : inDocument.find((candidate) => candidate.start >= location.end));
  const shown = passage ? sentencesHolding(passage, location) : location;
  const cited = citeExcerpt(
    document,
    passage,
    { start: shown.start, end: shown.end, truncatedBefore: false, truncatedAfter: false },
    options,
  );
  // The quote itself stays marked inside the sentence shown around it.
  if (shown.start === location.start && shown.end === location.end) return cited;
  return {
    ...cited,
    highlights: [[location.start - shown.start, location.end - shown.start]],
  };
}

/**
 * The whole sentences of a passage that hold a quote, when they fit an excerpt: a fact's quote
 * is often a clause ("which began in November 2023"), which says nothing on its own.
 */
function sentencesHolding(passage: Passage, location: { start: number; end: number }) {
  const within = segmentSentences(passage.text).filter(
    (sentence) =>
      passage.start + sentence.start < location.end &&
      location.start < passage.start + sentence.end,
  );
  const first = within[0];
  const last = within.at(-1);
  if (!first || !last) return location;
  const start = Math.min(location.start, passage.start + first.start);
  const end = Math.max(location.end, passage.start + last.end);
  return end - start <= maxExcerptChars ? { start, end } : location;
}
