import { lancasterStemmer } from 'lancaster-stemmer';

/**
 * Lancaster stems shorter than this tell no family: "arrive" and "arrival" stem to "ar", which
 * says nothing. At four letters "violent" and "violence" are "viol", "teenagers" and "teenage"
 * "teen". Swept on the dev split (page one / refused): 3 and 4 → 81.7% / 94.5%, 5 and 6 →
 * 81.4% / 94.1%, as without families.
 */
const minFamilyStem = 4;
/** Relatives share at least this long a start, as written: "violen" of "violent", "violence". */
const minSharedStart = 5;

/**
 * A word's derivational family, as the Lancaster stemmer reads it: "violent" and "violence",
 * "teenagers" and "teenage", which the Porter stems the index stores keep apart. Undefined
 * when the stem is too short to tell one family from another.
 */
export function wordFamily(word: string): string | undefined {
  const folded = word.toLowerCase();
  let stem = stems.get(folded);
  if (stem === undefined) {
    stem = lancasterStemmer(folded);
    // Search asks of the same few thousand words again and again (each prefix match of each
    // candidate passage); a stream of odd tokens is not finite, so start again when full.
    if (stems.size >= maxRemembered) stems.clear();
    stems.set(folded, stem);
  }
  return stem.length >= minFamilyStem ? stem : undefined;
}
const stems = new Map<string, string>();
const maxRemembered = 100_000;

/**
 * Whether two words of one family are one word in two forms: as written, they differ only in
 * their last letters, the shorter's all but one kept ("violent" / "violence", "regular" /
 * "regularly"). Lancaster's stems are aggressive and also join "threat" and "three",
 * "communist" and "community", "departure" and "department": those differ earlier.
 */
export function areRelatives(a: string, b: string): boolean {
  const family = wordFamily(a);
  if (family === undefined || family !== wordFamily(b)) return false;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared += 1;
  return shared >= Math.max(minSharedStart, Math.min(a.length, b.length) - 1);
}
