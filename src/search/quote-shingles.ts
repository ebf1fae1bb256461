import { tokenizeWithOffsets } from './tokenize.ts';

/** How many words in a row make a quotation rather than a shared phrase. */
export const quoteRunWords = 8;

/**
 * Where each run of words in the indexed texts occurs, held as 32-bit hashes in sorted typed
 * arrays rather than a map of strings: as strings the runs of the national set took about a
 * gigabyte, as hashes they take eight bytes a run. A hash only proposes a text; the text's own
 * runs are checked before it is named, so two runs with the same hash never confuse it.
 */
export interface ShingleIndex {
  /** The first indexed text, in indexing order, that holds this run of words. */
  firstHolding(shingle: string): string | undefined;
}

/** What a shingle index is made of, as a snapshot holds it. */
export interface ShingleIndexData {
  /** The indexed texts' ids, in indexing order. */
  ids: string[];
  /** Each run's hash, ascending. */
  hashes: Uint32Array;
  /** For each hash, the position in `ids` of a text holding that run (ascending per hash). */
  holders: Uint32Array;
}

/** Every run of `quoteRunWords` folded words in a text, as keys. */
export function shinglesOf(text: string): string[] {
  const words = tokenizeWithOffsets(text).map((token) => token.word);
  const shingles: string[] = [];
  for (let i = 0; i + quoteRunWords <= words.length; i += 1) {
    shingles.push(words.slice(i, i + quoteRunWords).join(' '));
  }
  return shingles;
}

/** FNV-1a over the run's UTF-16 code units: fast, and spread well enough to be checked after. */
export function hashShingle(shingle: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < shingle.length; i += 1) {
    hash = Math.imul(hash ^ shingle.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Indexes texts by their word runs, so a quotation of any of them can be traced back. */
export function indexShingles(
  texts: ReadonlyArray<{ id: string; text: string }>,
): ShingleIndexData {
  if (texts.length > holderLimit) {
    throw new RangeError(`quote shingles: ${texts.length} texts, at most ${holderLimit}`);
  }
  // Hash and holder packed in one float (hash · 2^21 + holder) so one numeric sort orders both.
  const packed: number[] = [];
  texts.forEach(({ text }, holder) => {
    for (const hash of new Set(shinglesOf(text).map(hashShingle))) {
      packed.push(hash * holderLimit + holder);
    }
  });
  const sorted = Float64Array.from(packed).sort();
  const hashes = new Uint32Array(sorted.length);
  const holders = new Uint32Array(sorted.length);
  sorted.forEach((value, i) => {
    holders[i] = value % holderLimit;
    hashes[i] = (value - (holders[i] ?? 0)) / holderLimit;
  });
  return { ids: texts.map((text) => text.id), hashes, holders };
}

const holderLimit = 2 ** 21;

/** Looks runs up in `data`; `textOf` gives an indexed text back, to check a proposed holder. */
export function openShingleIndex(
  data: ShingleIndexData,
  textOf: (id: string) => string | undefined,
): ShingleIndex {
  const { ids, hashes, holders } = data;
  return {
    firstHolding(shingle) {
      const hash = hashShingle(shingle);
      for (let i = lowerBound(hashes, hash); i < hashes.length && hashes[i] === hash; i += 1) {
        const id = ids[holders[i] ?? -1];
        const text = id === undefined ? undefined : textOf(id);
        if (id !== undefined && text !== undefined && shinglesOf(text).includes(shingle)) {
          return id;
        }
      }
      return undefined;
    },
  };
}

/** Builds and opens an index in one step, for texts already in memory. */
export function buildShingleIndex(
  texts: ReadonlyArray<{ id: string; text: string }>,
): ShingleIndex {
  const byId = new Map(texts.map((text) => [text.id, text.text]));
  return openShingleIndex(indexShingles(texts), (id) => byId.get(id));
}

function lowerBound(values: Uint32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
