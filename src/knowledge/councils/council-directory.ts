import { editDistance } from '../../text/edit-distance.ts';
import { councilAliases } from './council-aliases.ts';
import { coreCouncilName, foldCouncilName } from './fold-council-name.ts';

/** A council the bot can name: its stable id, display name and Ofsted URN where known. */
export interface Council {
  readonly id: string;
  readonly name: string;
  readonly ofstedUrn?: string;
}

/** What a typed council name resolves to. */
export type CouncilMatch =
  | { kind: 'found'; council: Council }
  | { kind: 'ambiguous'; candidates: Council[] }
  | { kind: 'none'; suggestions: Council[] };

/** Every name and alias of a set of councils, and how to find one from what a person typed. */
export interface CouncilDirectory {
  readonly councils: readonly Council[];
  byId(id: string): Council | undefined;
  /** Resolves a name as people write it: exact or alias first, then a typo's nearest name. */
  find(typed: string): CouncilMatch;
  /** The councils one alias (already folded, e.g. "hull", "bcp") stands for. */
  lookup(folded: string): Council[];
  /**
   * The council a two-letter initialism written in capitals stands for ("TH"), given folded
   * ("th"); none when two councils share it or it is another council's alias.
   */
  lookupCapitals(folded: string): Council | undefined;
  /**
   * The councils a word typed as a possessive without its apostrophe stands for ("stokes" for
   * "stoke's"), given folded; none for a short form ("yorks" is Yorkshire, not York).
   */
  lookupPossessive(folded: string): Council[];
  /** The longest alias, in words, so a scan of text knows how many words to try. */
  readonly longestAlias: number;
}

/**
 * Builds a directory; councils with the same id are one council (the first name wins).
 * `shortForms` expands a typed word before matching ("northants" → "northamptonshire").
 */
export function buildCouncilDirectory(
  councils: readonly Council[],
  shortForms: ReadonlyMap<string, string> = new Map(),
): CouncilDirectory {
  const first = new Map<string, Council>();
  for (const council of councils) if (!first.has(council.id)) first.set(council.id, council);
  const unique = [...first.values()].sort((a, b) => a.name.localeCompare(b.name));
  const exact = new Map<string, Council[]>();
  const derived = new Map<string, Council[]>();
  const capitals = new Map<string, Council[]>();
  const add = (map: Map<string, Council[]>, alias: string, council: Council) => {
    const list = map.get(alias) ?? [];
    if (!list.includes(council)) list.push(council);
    map.set(alias, list);
  };
  for (const council of unique) {
    const aliases = councilAliases(council.name);
    for (const alias of [...aliases.exact, council.id.replace(/-/g, ' ')])
      add(exact, alias, council);
    for (const alias of aliases.derived) add(derived, alias, council);
    for (const alias of aliases.capitals) add(capitals, alias, council);
  }
  // A derived alias that is some council's own name, or that two councils share ("kingston"
  // for Kingston upon Hull and Kingston upon Thames), names nobody for certain.
  const aliases = new Map(exact);
  for (const [alias, list] of derived) {
    if (!exact.has(alias) && list.length === 1) aliases.set(alias, list);
  }
  const byId = new Map(unique.map((council) => [council.id, council]));
  const keys = [...aliases.keys()];
  const longestAlias = Math.max(1, ...keys.map((key) => key.split(' ').length));

  const expand = (folded: string) =>
    folded
      .split(' ')
      .map((word) => shortForms.get(word) ?? word)
      .join(' ');
  const lookup = (folded: string) => aliases.get(folded) ?? aliases.get(expand(folded)) ?? [];
  return {
    councils: unique,
    byId: (id) => byId.get(id),
    lookup,
    lookupCapitals: (folded) => {
      const list = capitals.get(folded);
      return list?.length === 1 && !aliases.has(folded) ? list[0] : undefined;
    },
    lookupPossessive: (folded) =>
      /^[a-z]{4,}$/.test(folded) && folded.endsWith('s') && !shortForms.has(folded)
        ? lookup(folded.slice(0, -1))
        : [],
    longestAlias,
    find(typed) {
      const folded = expand(foldCouncilName(typed));
      if (folded === '') return { kind: 'none', suggestions: [] };
      const direct = byId.get(typed.trim()) ? [byId.get(typed.trim()) as Council] : [];
      const found =
        direct.length > 0
          ? direct
          : lookup(folded).length > 0
            ? lookup(folded)
            : lookup(coreCouncilName(folded));
      if (found.length === 1 && found[0]) return { kind: 'found', council: found[0] };
      if (found.length > 1) return { kind: 'ambiguous', candidates: found };
      const near = nearestCouncils(coreCouncilName(folded), keys, aliases);
      if (near.length === 1 && near[0]) return { kind: 'found', council: near[0] };
      if (near.length > 1) return { kind: 'ambiguous', candidates: near };
      // Not close enough to take, but close enough to offer: one edit further, or a prefix.
      const nearer = nearestCouncils(coreCouncilName(folded), keys, aliases, 1);
      const prefixed = unique.filter((council) => foldCouncilName(council.name).startsWith(folded));
      return { kind: 'none', suggestions: [...new Set([...nearer, ...prefixed])].slice(0, 5) };
    },
  };
}

/** The councils whose alias is a likely typo of `folded`: one edit in a short name, two in a long one. */
function nearestCouncils(
  folded: string,
  keys: readonly string[],
  aliases: ReadonlyMap<string, Council[]>,
  slack = 0,
): Council[] {
  if (folded.length < 4) return [];
  const allowed = (folded.length >= 8 ? 2 : 1) + slack;
  let best = allowed + 1;
  let found: Council[] = [];
  for (const key of keys) {
    if (Math.abs(key.length - folded.length) > allowed || key.length < 4) continue;
    const distance = editDistance(folded, key);
    if (distance > allowed || distance > best) continue;
    const councils = aliases.get(key) ?? [];
    if (distance < best) {
      best = distance;
      found = [...councils];
    } else for (const council of councils) if (!found.includes(council)) found.push(council);
  }
  return found;
}
