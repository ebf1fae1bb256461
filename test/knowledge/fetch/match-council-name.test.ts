import { describe, expect, it } from 'vitest';
import {
  matchCouncilName,
  normalizeCouncilName,
} from '../../../src/knowledge/fetch/match-council-name.ts';

const councils = [
  'Bath and North East Somerset',
  'Bournemouth, Christchurch and Poole',
  'Bromley',
  'Kingston upon Hull',
  'Kingston upon Thames',
  'North Somerset',
  'Somerset',
  'St Helens',
  'Stoke-On-Trent',
  'Telford and Wrekin',
].map((name) => ({ name, slug: name.toLowerCase().replace(/[^a-z]+/g, '-') }));

const matched = (query: string) => {
  const match = matchCouncilName(query, councils);
  return match.kind === 'one' ? match.council.name : match;
};

describe('normalizeCouncilName', () => {
  it.each([
    ['Telford & Wrekin', 'telford and wrekin'],
    ['telford-and-wrekin', 'telford and wrekin'],
    ['  ST. HELENS ', 'st helens'],
    ['Stoke–on–Trent', 'stoke on trent'],
    ['London Borough of Bromley', 'bromley'],
    ['Kent County Council', 'kent'],
    ['Council', 'council'],
  ])('%j → %j', (input, output) => {
    expect(normalizeCouncilName(input)).toBe(output);
  });
});

describe('matchCouncilName', () => {
  it.each([
    ['bromley', 'Bromley'],
    ['Telford & Wrekin', 'Telford and Wrekin'],
    ['bournemouth christchurch & poole', 'Bournemouth, Christchurch and Poole'],
    ['stoke-on-trent', 'Stoke-On-Trent'],
    ['St. Helens', 'St Helens'],
    ['Somerset', 'Somerset'],
    ['Hull', 'Kingston upon Hull'],
  ])('%j is %j', (query, name) => {
    expect(matched(query)).toBe(name);
  });

  it('lists every council a partial name fits', () => {
    expect(matched('Kingston')).toEqual({
      kind: 'several',
      councils: [councils[3], councils[4]],
    });
  });

  it('suggests the closest names for a name that fits none, closest first', () => {
    const match = matchCouncilName('Bromly', councils);
    expect(match.kind).toBe('none');
    if (match.kind !== 'none') return;
    expect(match.suggestions.map((council) => council.name)).toEqual(['Bromley']);
  });

  it('counts a misspelt start of a longer name as close', () => {
    const match = matchCouncilName('Kingstn', councils);
    expect(match.kind === 'none' && match.suggestions.map((council) => council.name)).toEqual([
      'Kingston upon Hull',
      'Kingston upon Thames',
    ]);
  });

  it('still offers a few names when nothing is close', () => {
    const match = matchCouncilName('Xyzzyplugh', councils);
    expect(match.kind === 'none' && match.suggestions).toHaveLength(3);
  });

  it('suggests rather than matching everything for an empty name', () => {
    expect(matchCouncilName(' & ', councils).kind).toBe('none');
  });
});
