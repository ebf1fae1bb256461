import { describe, expect, it } from 'vitest';
import {
  buildCouncilDirectory,
  type Council,
} from '../../../src/knowledge/councils/council-directory.ts';

const names = [
  'Bath and North East Somerset',
  'Bournemouth, Christchurch and Poole',
  'Bromley',
  'Cheshire West and Chester',
  'Durham',
  'Kent',
  'Kingston upon Hull',
  'Kingston upon Thames',
  'North Northamptonshire',
  'Somerset',
  'Stoke-On-Trent',
  'Telford and Wrekin',
  'York',
];
const councils: Council[] = names.map((name) => ({
  id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
}));
const directory = buildCouncilDirectory(councils, new Map([['northants', 'northamptonshire']]));
const found = (typed: string) => {
  const match = directory.find(typed);
  return match.kind === 'found' ? match.council.name : match.kind;
};

describe('buildCouncilDirectory', () => {
  it('finds a council by the ways people write its name', () => {
    expect(found('Hull')).toBe('Kingston upon Hull');
    expect(found('BCP')).toBe('Bournemouth, Christchurch and Poole');
    expect(found('B&NES')).toBe('Bath and North East Somerset');
    expect(found('banes')).toBe('Bath and North East Somerset');
    expect(found('Bath')).toBe('Bath and North East Somerset');
    expect(found('Telford & Wrekin')).toBe('Telford and Wrekin');
    expect(found('County Durham')).toBe('Durham');
    expect(found('Kent CC')).toBe('Kent');
    expect(found('City of York')).toBe('York');
    expect(found('Stoke')).toBe('Stoke-On-Trent');
    expect(found('North Northants')).toBe('North Northamptonshire');
    expect(found('kingston-upon-hull')).toBe('Kingston upon Hull');
  });

  it('reads a comma in a name as joining places, like "and"', () => {
    expect(found('Bournemouth')).toBe('Bournemouth, Christchurch and Poole');
    expect(found('Christchurch')).toBe('Bournemouth, Christchurch and Poole');
    expect(found('Poole')).toBe('Bournemouth, Christchurch and Poole');
  });

  it('reads compass words written short ("Bath & NE Somerset", "N Northamptonshire")', () => {
    expect(found('Bath & NE Somerset')).toBe('Bath and North East Somerset');
    expect(found('NE Somerset')).toBe('Bath and North East Somerset');
    expect(found('N Northamptonshire')).toBe('North Northamptonshire');
    expect(found('Somerset')).toBe('Somerset');
  });

  it('forgives a typo, one edit in a short name and two in a long one', () => {
    expect(found('Bromly')).toBe('Bromley');
    expect(found('Kingstn upon Hul')).toBe('Kingston upon Hull');
  });

  it('keeps a council’s own name for it: "Somerset" is not Bath and North East Somerset', () => {
    expect(found('Somerset')).toBe('Somerset');
  });

  it('does not guess between councils that share a part of their name', () => {
    expect(directory.lookup('kingston')).toEqual([]);
    const match = directory.find('Kingston');
    expect(match.kind).not.toBe('found');
    if (match.kind === 'none') {
      expect(match.suggestions.map((council) => council.name)).toEqual([
        'Kingston upon Hull',
        'Kingston upon Thames',
      ]);
    }
  });

  it('says none for a name that is no council, with nothing to suggest', () => {
    expect(directory.find('Atlantis')).toEqual({ kind: 'none', suggestions: [] });
    expect(directory.find('   ')).toEqual({ kind: 'none', suggestions: [] });
  });

  it('lists each council once, by name', () => {
    const twice = buildCouncilDirectory([...councils, { id: 'kent', name: 'Kent County' }]);
    expect(twice.councils.map((council) => council.name)).toEqual(names);
  });
});
