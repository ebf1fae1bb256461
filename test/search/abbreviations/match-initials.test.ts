import { describe, expect, it } from 'vitest';
import { matchInitials } from '../../../src/search/abbreviations/match-initials.ts';

const words = (text: string) => text.split(' ');

describe('matchInitials', () => {
  it('finds where the phrase starts: one initial a word', () => {
    expect(matchInitials(words('work in the child death overview panel'), 'CDOP')).toBe(3);
  });

  it('lets a hyphenated word give one letter or more', () => {
    expect(matchInitials(words('in the multi-agency safeguarding hub'), 'MASH')).toBe(2);
    expect(matchInitials(words('once the agency decision-maker'), 'ADM')).toBe(2);
    expect(matchInitials(words('from the out-of-hours emergency duty team'), 'EDT')).toBe(3);
  });

  it('lets a small word give its initial or nothing', () => {
    expect(matchInitials(words('from the Department for Education'), 'DFE')).toBe(2);
    expect(matchInitials(words('the director of children’s services'), 'DCS')).toBe(1);
    expect(matchInitials(words('known as the single point of contact'), 'SPOC')).toBe(3);
  });

  it('never starts a phrase on a small word', () => {
    expect(matchInitials(words('their assessed and supported year in employment'), 'ASYE')).toBe(1);
  });

  it('never ends a phrase on a skipped word', () => {
    expect(matchInitials(words('children in'), 'C')).toBe(-1);
  });

  it('gives -1 when the initials do not spell the abbreviation', () => {
    expect(matchInitials(words('the Local Safeguarding Children Boards'), 'REVIEW')).toBe(-1);
    expect(matchInitials(words('the current Living in Care Council'), 'LINCC')).toBe(-1);
    expect(matchInitials([], 'MASH')).toBe(-1);
  });
});
