import { editDistance } from '../../text/edit-distance.ts';
import { foldText } from '../../text/fold-text.ts';

/** A council as the manifest names it. */
export interface CouncilName {
  readonly name: string;
  readonly slug: string;
}

/** What a typed name matched: one council, several (ambiguous), or none with the closest names. */
export type CouncilMatch<T extends CouncilName> =
  | { readonly kind: 'one'; readonly council: T }
  | { readonly kind: 'several'; readonly councils: T[] }
  | { readonly kind: 'none'; readonly suggestions: T[] };

const suggestionCount = 5;
const fallbackCount = 3;

/** Words too common in council names to pick one out ("and" alone would fit dozens). */
const connectives = new Set(['and', 'of', 'on', 'upon', 'with', 'the']);

/**
 * The form people's spellings are compared in: case and accents folded, "&" read as "and",
 * punctuation and hyphens as spaces, and the council's own designation ("Kent County Council",
 * "London Borough of Bromley") dropped, since the manifest names the place alone.
 */
export function normalizeCouncilName(text: string): string {
  return foldText(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(the )?(london borough of|royal borough of|borough of|city of|county of) /, '')
    .replace(/ (metropolitan borough|borough|county|city|district)? ?council$/, '')
    .trim();
}

/**
 * Finds the council a user means: an exact match of the normalised name or slug wins; otherwise
 * a council whose name contains every word typed ("Hull"), when only one does. This is a small
 * stand-in for the full council-name matcher with aliases, and keeps its signature swappable.
 */
export function matchCouncilName<T extends CouncilName>(
  query: string,
  councils: readonly T[],
): CouncilMatch<T> {
  const wanted = normalizeCouncilName(query);
  const keys = (council: T) => [
    normalizeCouncilName(council.name),
    normalizeCouncilName(council.slug),
  ];
  if (wanted !== '') {
    const exact = councils.filter((council) => keys(council).includes(wanted));
    if (exact.length === 1 && exact[0] !== undefined) return { kind: 'one', council: exact[0] };
    if (exact.length > 1) return { kind: 'several', councils: exact };

    const words = wanted.split(' ').filter((word) => !connectives.has(word));
    const partial = councils.filter((council) => {
      if (words.length === 0) return false;
      const nameWords = new Set(keys(council).flatMap((key) => key.split(' ')));
      return words.every((word) => nameWords.has(word));
    });
    if (partial.length === 1 && partial[0] !== undefined) {
      return { kind: 'one', council: partial[0] };
    }
    if (partial.length > 1) return { kind: 'several', councils: partial };
  }

  const ranked = councils
    .map((council) => ({
      council,
      distance: Math.min(...keys(council).map((key) => nameDistance(wanted, key))),
    }))
    .sort((a, b) => a.distance - b.distance || a.council.name.localeCompare(b.council.name));
  // A near miss ("Bromly") deserves only its near neighbours; a wild guess still gets a few names.
  const near = ranked.filter(({ distance }) => distance <= Math.max(2, wanted.length / 3));
  const suggestions = (near.length > 0 ? near : ranked.slice(0, fallbackCount))
    .slice(0, suggestionCount)
    .map(({ council }) => council);
  return { kind: 'none', suggestions };
}

/** Edits from a typed name to a council's, where typing only its start ("Kingstn") costs one more. */
function nameDistance(typed: string, name: string): number {
  const whole = editDistance(typed, name);
  if (typed.length >= name.length) return whole;
  return Math.min(whole, editDistance(typed, name.slice(0, typed.length)) + 1);
}
