import type { FactCategory } from '../knowledge/fact-records.ts';
import { type SourceKind, sourceKindDistance } from '../knowledge/source-kind.ts';
import type { AnswerKind } from '../question/question-query.ts';
import type { KnowledgeIndex } from '../search/knowledge-index.ts';
import { searchSettings } from '../search/search-settings.ts';
import { extractSourceHints } from '../search/source-hints.ts';
import { extractTimeHints } from '../search/time-hints.ts';
import type { CitedResult } from './answer.ts';
import { citeExcerpt } from './cite-excerpt.ts';
import { documentYear, namedYearDocuments } from './named-years.ts';
import { bestSentenceWindow, findMatchedWords, maxExcerptChars } from './sentence-window.ts';
import { councilNameWords, withoutCouncilName } from './without-council-name.ts';

/** How much less a source counts for each step it stands from the inspectors' own words. */
const kindWeights = [1, 0.75, 0.6];

/** How much a source of this kind weighs against the inspectors' own words, for passages and facts alike. */
export function kindWeight(kind: SourceKind): number {
  return kindWeights[sourceKindDistance[kind]] ?? 0.5;
}
/** How much a source from the year asked about gains, and one from another year loses. */
const yearMatchWeight = 1.5;
const yearMismatchWeight = 0.3;
/** A present-tense question leans, gently, towards the latest inspection. */
const presentTenseWeight = 1.3;
/** How much a source the question names ("what did Ofsted say …") gains. */
const namedSourceWeight = 1.5;
/**
 * Recommendations and "what needs to improve" lists say what should happen, not what the
 * inspectors found; they rank below findings on the same words. Swept on the 529-question dev
 * split (page one / findings' recall@1): 1 → 84.5% / 52.6%, 0.7 → 84.5% / 62.3%, 0.5 → 84.8% /
 * 63.2%, 0.35 → 84.8% / 64.0%; refusals 97.0% throughout. 0.5 is the middle of the better half.
 */
const adviceWeight = 0.5;
const adviceHeading = /recommendation|what needs to improve|areas? for (development|improvement)/i;

/**
 * A "needs to improve" fact weighs as the recommendations' passages do, unless the question asks
 * what must improve: without it such an item outranked the finding on the same words.
 */
export function adviceFactWeight(category: FactCategory, asks: AnswerKind): number {
  return category === 'improvement' && asks !== 'improvements' ? adviceWeight : 1;
}

/**
 * Searches the passages and cites the best sentence window of each match that covers enough
 * of the query. Primary sources are weighted above the secondary sources that quote them.
 */
/** A cited passage and how much of the query it covers. */
export interface RankedResult {
  result: CitedResult;
  coverage: number;
}

export function searchPassages(index: KnowledgeIndex, query: string): CitedResult[] {
  return rankPassages(index, query).map((ranked) => ranked.result);
}

/** Like searchPassages, keeping each result's coverage for merging with other rankings. */
export function rankPassages(
  index: KnowledgeIndex,
  query: string,
  /** The years of the inspections a question means, when it names them relatively ("the first one"). */
  inspectionYears: readonly number[] = [],
  /** A sentence of the kind the question asks for, quoted first from a passage that has one. */
  favoured?: (sentence: string) => boolean,
): RankedResult[] {
  const { documentsById, passagesById } = index.knowledgeBase;
  const sources = extractSourceHints(query, publishersOf(index));
  const hints = extractTimeHints(sources.text || query);
  const latestYear = latestInspectionYear(index);
  const years =
    inspectionYears.length > 0
      ? inspectionYears
      : hints.years.length > 0
        ? hints.years
        : hints.latest
          ? [latestYear]
          : [];
  // Source hints are read first: a publisher's name may hold the council's ("Inside Croydon").
  const searched = withoutCouncilName(hints.text || query, councilNameWords(index));
  // "Now" only leans towards the latest: the latest report may not hold what is asked.
  const speaks = namedYearDocuments(
    index,
    query,
    inspectionYears.length > 0 ? inspectionYears : hints.years,
    inspectionYears.length > 0,
  );
  const hits = index.passages.search(searched, {
    ...(speaks ? { filter: (id: string) => speaks(passagesById.get(id)?.docId ?? '') } : {}),
    weigh: (id) => {
      const passage = passagesById.get(id);
      const document = passage && documentsById.get(passage.docId);
      if (!passage || !document) return 0;
      let weight = kindWeight(document.meta.kind);
      if (passage.headingPath.some((heading) => adviceHeading.test(heading)))
        weight *= adviceWeight;
      if (sources.publishers.includes(document.meta.publisher)) weight *= namedSourceWeight;
      if (sources.inspectors && sourceKindDistance[document.meta.kind] === 0)
        weight *= namedSourceWeight;
      if (years.length > 0) {
        weight *= years.includes(documentYear(document)) ? yearMatchWeight : yearMismatchWeight;
      } else if (hints.present && documentYear(document) === latestYear) {
        weight *= presentTenseWeight;
      }
      return weight;
    },
  });
  const best = Math.max(0, ...hits.map((hit) => hit.coverage));
  if (best < searchSettings.minCoverage) return [];
  return hits
    .filter((hit) => hit.coverage >= searchSettings.minResultCoverage)
    .flatMap((hit) => {
      const passage = passagesById.get(hit.id);
      const document = passage && documentsById.get(passage.docId);
      if (!passage || !document) return [];
      const matchedTerms = new Set(hit.matchedTerms);
      const weigh = (term: string) => index.passages.termWeight(term);
      const window = bestSentenceWindow(
        passage.text,
        matchedTerms,
        maxExcerptChars,
        weigh,
        favoured,
      );
      // Proximity: a passage whose quoted window holds most of what matched answers the question
      // in one place; one whose matches are scattered over several sentences ranks lower.
      const concentration =
        matchedWeight(passage.text.slice(window.start, window.end), matchedTerms, weigh) /
        Math.max(matchedWeight(passage.text, matchedTerms, weigh), Number.EPSILON);
      const score = hit.score * (1 - proximityShare + proximityShare * concentration);
      const result = citeExcerpt(
        document,
        passage,
        { ...window, start: passage.start + window.start, end: passage.start + window.end },
        { score, matchedTerms },
      );
      return [{ result, coverage: hit.coverage }];
    })
    .sort((a, b) => b.result.score - a.result.score);
}

/** How much of a passage's score depends on its matches standing together in the excerpt. */
const proximityShare = 0.4;

function matchedWeight(
  text: string,
  matchedTerms: ReadonlySet<string>,
  weigh: (term: string) => number,
): number {
  const terms = new Set(findMatchedWords(text, matchedTerms).map((match) => match.term));
  return [...terms].reduce((sum, term) => sum + weigh(term), 0);
}

/**
 * The question without the sources it names ("what did Ofsted say", "the inspectors"), as the
 * passages are searched: a source's name says whose words, not what about.
 */
export function withoutSourceNames(index: KnowledgeIndex, question: string): string {
  return extractSourceHints(question, publishersOf(index)).text;
}

function publishersOf(index: KnowledgeIndex): string[] {
  return [...new Set(index.knowledgeBase.documents.map((document) => document.meta.publisher))];
}

function latestInspectionYear(index: KnowledgeIndex): number {
  const primary = index.knowledgeBase.documents.filter(
    (document) => sourceKindDistance[document.meta.kind] === 0,
  );
  return Math.max(
    0,
    ...(primary.length > 0 ? primary : index.knowledgeBase.documents).map(documentYear),
  );
}

/**
 * Keeps the ranking but lets no document take more than `perDocument` of the first places;
 * its further results move behind the others. Identical excerpts are kept once.
 */
export function diversify(results: CitedResult[], perDocument = 2): CitedResult[] {
  const seenExcerpts = new Set<string>();
  const counts = new Map<string, number>();
  const first: CitedResult[] = [];
  const later: CitedResult[] = [];
  for (const result of results) {
    const key = result.excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
    if (seenExcerpts.has(key)) continue;
    seenExcerpts.add(key);
    const count = counts.get(result.docId) ?? 0;
    counts.set(result.docId, count + 1);
    (count < perDocument ? first : later).push(result);
  }
  return [...first, ...later];
}
