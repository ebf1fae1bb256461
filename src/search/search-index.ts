import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { isCommonSpokenWord } from '../text/common-spoken-words.ts';
import { editDistance } from '../text/edit-distance.ts';
import { isEnglishWord } from '../text/english-words.ts';
import { analyseTerm } from './analyse-term.ts';
import { planQuery, type QueryConcept } from './plan-query.ts';
import { searchSettings } from './search-settings.ts';
import { sectorVocabulary } from './sector-vocabulary.ts';
import { noSynonyms, type SynonymTable } from './synonym-table.ts';
import { tokenize } from './tokenize.ts';
import { areRelatives, wordFamily } from './word-family.ts';

/** What the index holds for each searchable item. */
export interface SearchDocument {
  id: string;
  title: string;
  headings: string;
  text: string;
}

/** A ranked match with how much of the question it answers. */
export interface SearchHit {
  id: string;
  /** MiniSearch's BM25+ score, scaled down for partial coverage. */
  score: number;
  /** Share of the query's information this item covers, 0 to 1. */
  coverage: number;
  /** The stored terms that matched, to find and mark the matching words in an excerpt. */
  matchedTerms: string[];
}

export interface SearchOptions {
  limit?: number;
  /** Multiplies an item's score, e.g. to rank primary sources above secondary ones. */
  weigh?: (id: string) => number;
  filter?: (id: string) => boolean;
  /** False to match words only as typed, by stem or prefix: no typo forgiven. */
  fuzzy?: boolean;
}

/** A built full-text index over SearchDocuments, knowing its own vocabulary. */
export interface SearchIndex {
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Did-you-mean phrasings for a query that found nothing good. */
  suggest(query: string, limit?: number): string[];
  /** Words of the indexed text starting like `prefix`, most frequent first (for autocomplete). */
  vocabulary(prefix: string, limit?: number): string[];
  /** Whether any indexed item contains this word (or a stem-equivalent). */
  knows(word: string): boolean;
  /** Words of the indexed text in the same derivational family as `word`, most frequent first. */
  relatives(word: string): string[];
  /** How informative a stored term is here (squared BM25 IDF); unseen terms weigh like a typical one. */
  termWeight(term: string): number;
  /** The share of indexed items that contain a word (by its stem), 0 for a word none contains. */
  share(word: string): number;
}

const fields = ['title', 'headings', 'text'];
/** What an item itself says; the title describes its whole document. */
const bodyFields = ['headings', 'text'] as const;

/**
 * The one options object, shared by every index build and by `MiniSearch.loadJS` when an index
 * is revived from a snapshot, so indexing and search agree.
 */
export const miniSearchOptions = {
  fields,
  idField: 'id',
  tokenize,
  processTerm: (term: string) => analyseTerm(term),
  searchOptions: {
    boost: searchSettings.fieldBoost,
    prefix: (term: string) => term.length >= searchSettings.prefixMinLength,
    fuzzy: (term: string) =>
      term.length >= searchSettings.fuzzyMinLength ? searchSettings.fuzziness : false,
  },
};

/** What an index is made of: everything a snapshot must hold to revive it without rebuilding. */
export interface SearchIndexData {
  miniSearch: MiniSearch<SearchDocument>;
  size: number;
  documentFrequency: Map<string, number>;
  surfaceCounts: Map<string, number>;
}

/** Builds an index over the given items; a query names synonyms only from `synonyms`. */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  synonyms: SynonymTable = noSynonyms,
): SearchIndex {
  return openSearchIndex(indexSearchDocuments(documents), synonyms);
}

/** The costly part of a build: indexing the items and counting their terms. */
export function indexSearchDocuments(documents: readonly SearchDocument[]): SearchIndexData {
  const miniSearch = new MiniSearch<SearchDocument>(miniSearchOptions);
  miniSearch.addAll(documents);

  const documentFrequency = new Map<string, number>();
  const surfaceCounts = new Map<string, number>();
  for (const document of documents) {
    const seen = new Set<string>();
    for (const word of bodyFields.flatMap((field) =>
      tokenize(document[field as keyof SearchDocument]),
    )) {
      const terms = analyseTerm(word);
      if (!terms) continue;
      surfaceCounts.set(word, (surfaceCounts.get(word) ?? 0) + 1);
      for (const term of terms) seen.add(term);
    }
    for (const term of seen) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return { miniSearch, size: documents.length, documentFrequency, surfaceCounts };
}

/**
 * An index over data built by `indexSearchDocuments`, here or revived from a snapshot. The
 * synonyms are applied when searching, not stored, so a snapshot holds none.
 */
export function openSearchIndex(data: SearchIndexData, synonyms: SynonymTable): SearchIndex {
  const { miniSearch, documentFrequency, surfaceCounts } = data;
  const total = Math.max(data.size, 1);
  // BM25's IDF, squared: in a few hundred passages plain IDF barely separates "social" from
  // "supervision", and coverage must hinge on the word that names the topic.
  const idfOf = (df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5)) ** 2;
  const typicalWeight = median([...documentFrequency.values()].map(idfOf));
  // A word rarer than rareWordShare of the passages weighs as one that common: rarity beyond it
  // marks the asker's phrasing ("worries", "grotty") more often than the topic.
  const rarest = idfOf(Math.max(1, searchSettings.rareWordShare * total));
  const storedTerms = [...documentFrequency.keys()];
  // A misspelt word is unseen but is still the topic: it weighs like the word it is one or two
  // edits from. Only a word close to nothing stored is left without a weight.
  const idf = (terms: string[]) => {
    const term = terms[0] ?? '';
    const df =
      documentFrequency.get(term) ?? nearestStoredFrequency(term, storedTerms, documentFrequency);
    return df === undefined ? undefined : Math.min(rarest, idfOf(df));
  };
  const vocabulary = [...surfaceCounts.entries()]
    .filter(([word]) => word.length >= 3 && !/^\d+$/.test(word))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
  // Built when first needed: most questions use only words the documents use.
  let families: Map<string, string[]> | undefined;
  const relatives = (word: string) => {
    if (!families) {
      families = new Map();
      for (const stored of vocabulary) {
        const family = wordFamily(stored);
        if (!family) continue;
        const kin = families.get(family);
        if (kin) kin.push(stored);
        else families.set(family, [stored]);
      }
    }
    const family = wordFamily(word);
    const kin = family ? (families.get(family) ?? []) : [];
    return kin.filter((stored) => stored !== word && areRelatives(word, stored));
  };

  return {
    size: data.size,
    search(query, options = {}) {
      const concepts = planQuery(query, synonyms).map((concept) =>
        withRelatives(concept, documentFrequency, relatives),
      );
      if (concepts.length === 0) return [];
      const weights = weighConcepts(concepts, idf, typicalWeight);
      const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
      const fuzzy = options.fuzzy ?? true;
      const results = miniSearch.search(toMiniSearchQuery(concepts), {
        ...(fuzzy ? {} : { fuzzy: false }),
        ...(options.filter
          ? { filter: (result: SearchResult) => options.filter?.(result.id) ?? true }
          : {}),
      });
      const hits = results.map((result): SearchHit => {
        // Only what the item itself says counts towards coverage: a long document title full of
        // topic words ("… children looked after and care leavers …") must not make every one of
        // its passages look like it is about those topics.
        const bodyTerms = Object.entries(result.match)
          .filter(([, matchedFields]) => matchedFields.some((field) => field !== 'title'))
          .map(([term]) => term);
        const covered = concepts.reduce(
          (sum, concept, i) =>
            sum + (coversConcept(concept, bodyTerms, fuzzy) ? (weights[i] ?? 0) : 0),
          0,
        );
        const coverage = totalWeight > 0 ? covered / totalWeight : 0;
        const weight = options.weigh?.(result.id) ?? 1;
        return {
          id: result.id,
          score: result.score * coverage * coverage * weight,
          coverage,
          matchedTerms: result.terms,
        };
      });
      hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      return hits.slice(0, options.limit ?? searchSettings.candidatePool);
    },
    suggest(query, limit = 3) {
      const suggestions = miniSearch.autoSuggest(query, { fuzzy: 0.3, prefix: true });
      // A word is stored as its stem and itself; both map back to the one word, shown once.
      const phrasings = suggestions.map((suggestion) =>
        [...new Set(suggestion.terms.map((term) => surfaceWord(term, vocabulary)))].join(' '),
      );
      return [...new Set(phrasings)].filter((text) => text.trim() !== '').slice(0, limit);
    },
    vocabulary(prefix, limit = 25) {
      const folded = tokenize(prefix).join(' ');
      return vocabulary.filter((word) => word.startsWith(folded)).slice(0, limit);
    },
    termWeight(term) {
      return idf([term]) ?? typicalWeight;
    },
    share(word) {
      const term = analyseTerm(tokenize(word)[0] ?? '')?.[0];
      return term === undefined ? 0 : (documentFrequency.get(term) ?? 0) / total;
    },
    relatives,
    knows(word) {
      const terms = analyseTerm(tokenize(word)[0] ?? '');
      return terms?.some((term) => documentFrequency.has(term)) ?? false;
    },
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 1;
}

function toMiniSearchQuery(concepts: QueryConcept[]): Query {
  const queries: Query[] = concepts.flatMap((concept) =>
    concept.alternatives.map((text, i): Query => {
      if (i === 0) return text;
      const boost = Object.fromEntries(
        Object.entries(searchSettings.fieldBoost).map(([field, value]) => [
          field,
          value * searchSettings.synonymWeight,
        ]),
      );
      return { queries: [text], combineWith: 'OR', boost };
    }),
  );
  return { queries, combineWith: 'OR' };
}

/**
 * A concept is covered when every content word of one of its phrasings matched a stored term,
 * exactly or as search matched it (by prefix, or within the fuzzy edit distance).
 */
function coversConcept(
  concept: QueryConcept,
  storedTerms: readonly string[],
  fuzzy: boolean,
): boolean {
  return concept.words.some(
    (words) =>
      words.length > 0 &&
      words.every((terms) =>
        terms.some((term) => storedTerms.some((stored) => matchesTerm(term, stored, fuzzy))),
      ),
  );
}

function matchesTerm(queryTerm: string, stored: string, fuzzy = true): boolean {
  if (queryTerm === stored) return true;
  // A prefix covers a word of its own family ("safeguard" → "safeguarding"), or one a stem cut
  // by a letter ("staf" of "staffed" → "staff"), not another word that happens to start the
  // same ("turn" → "turnover", "step" → "stephanie").
  if (
    queryTerm.length >= searchSettings.prefixMinLength &&
    stored.startsWith(queryTerm) &&
    (stored.length - queryTerm.length <= 1 || areRelatives(queryTerm, stored))
  )
    return true;
  if (!fuzzy || queryTerm.length < searchSettings.fuzzyMinLength) return false;
  const allowed = Math.round(searchSettings.fuzziness * queryTerm.length);
  return (
    Math.abs(stored.length - queryTerm.length) <= allowed &&
    editDistance(queryTerm, stored) <= allowed
  );
}

/**
 * A concept weighs as much as its most informative phrasing (IDF, averaged over its words), and
 * a plain word among spoken English's commonest less: the reports rarely say "keep", "hear" or
 * "late", so by IDF alone "care leavers keep complaining about late payments" is as much about
 * keeping and lateness as about payments. A glossary phrase is the sector's, never discounted. A
 * word the index has never seen weighs like the question's other words, not like the rarest
 * one: "proper" in "proper supervision" should not outweigh "supervision". Turning away
 * questions from outside the sources is the topic gate's job, not coverage's.
 */
function weighConcepts(
  concepts: QueryConcept[],
  idf: (terms: string[]) => number | undefined,
  typicalWeight: number,
): number[] {
  const known = concepts.map((concept) => {
    const weights = concept.words.flatMap((words) => {
      const each = words.map(idf);
      if (words.length === 0 || each.some((weight) => weight === undefined)) return [];
      return [(each as number[]).reduce((sum, weight) => sum + weight, 0) / words.length];
    });
    return weights.length > 0 ? Math.max(...weights) : undefined;
  });
  const seen = known.filter((weight): weight is number => weight !== undefined);
  // Half the mean of the seen words: in an on-topic question (the gate has passed it) a word
  // close to nothing in the sources is most likely phrasing ("how bad", "proper"), not the topic.
  const unseen =
    seen.length > 0
      ? (0.5 * seen.reduce((sum, weight) => sum + weight, 0)) / seen.length
      : typicalWeight;
  return concepts.map((concept, i) => {
    const weight = known[i];
    if (weight === undefined) return unseen;
    return weight * (isPhrasing(concept) ? searchSettings.spokenWordWeight : 1);
  });
}

/** The sector's own words: "care", "police", "family" are common in speech and still the topic. */
const sectorWords = new Set(sectorVocabulary);

/** A plain word of everyday speech ("keep", "hear", "came"), not a glossary phrase or sector word. */
function isPhrasing(concept: QueryConcept): boolean {
  if (concept.alternatives.length !== 1) return false;
  const word = concept.label.toLowerCase();
  return isCommonSpokenWord(word) && !sectorWords.has(word);
}

/** The document frequency of the stored term a misspelt word most likely means. */
function nearestStoredFrequency(
  term: string,
  storedTerms: readonly string[],
  documentFrequency: ReadonlyMap<string, number>,
): number | undefined {
  let best: { distance: number; df: number } | undefined;
  for (const stored of storedTerms) {
    if (!matchesTerm(term, stored)) continue;
    const distance = editDistance(term, stored);
    const df = documentFrequency.get(stored) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && df > best.df)) {
      best = { distance, df };
    }
  }
  return best?.df;
}

/** Shows a stored term (perhaps a stem) as the most frequent real word it stands for. */
function surfaceWord(term: string, vocabulary: readonly string[]): string {
  return (
    vocabulary.find((word) => word === term) ??
    vocabulary.find((word) => analyseTerm(word)?.[0] === term) ??
    term
  );
}

/**
 * An English word the documents never use is searched as the words of its family they do use:
 * "violent" as "violence", "teenagers" as "teenage". A typo is no English word: fuzzy matching
 * mends it. At most relativeLimit, the most frequent.
 */
function withRelatives(
  concept: QueryConcept,
  documentFrequency: ReadonlyMap<string, number>,
  relatives: (word: string) => string[],
): QueryConcept {
  if (concept.alternatives.length !== 1) return concept;
  const word = concept.label.toLowerCase();
  const seen = concept.words[0]?.some((terms) => terms.some((term) => documentFrequency.has(term)));
  if (seen || !isEnglishWord(word)) return concept;
  const kin = relatives(word).slice(0, relativeLimit);
  if (kin.length === 0) return concept;
  return {
    label: concept.label,
    alternatives: [concept.label, ...kin],
    words: [...concept.words, ...kin.map((relative) => [analyseTerm(relative) ?? [relative]])],
  };
}

/**
 * Of a family's words, the ones searched: the commonest few carry it. Swept on the dev split: 1,
 * 3, 5 and 10 all give 81.7% / 94.5%; a few keep the query short.
 */
const relativeLimit = 3;
