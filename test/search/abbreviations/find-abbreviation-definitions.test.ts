import { describe, expect, it } from 'vitest';
import { findAbbreviationDefinitions } from '../../../src/search/abbreviations/find-abbreviation-definitions.ts';

// Sentences as the fixture reports (test/fixtures/reports) print them.
describe('findAbbreviationDefinitions', () => {
  it('reads "phrase (ABBR)" where the initials match', () => {
    expect(
      findAbbreviationDefinitions(
        'Children receive effective support and interventions from the out-of-hours emergency duty team (EDT).',
      ),
    ).toEqual([{ abbreviation: 'EDT', phrase: 'emergency duty team' }]);
    expect(
      findAbbreviationDefinitions(
        'Refreshed improvement notices from the Department for Education (DFE) have reflected the progress made and established renewed focus on other areas.',
      ),
    ).toEqual([{ abbreviation: 'DFE', phrase: 'Department for Education' }]);
  });

  it('takes a plural abbreviation as its singular', () => {
    expect(
      findAbbreviationDefinitions(
        'Children are supported to stay with family carers, and permanence options via special guardianship orders (SGOs) are considered.',
      ),
    ).toEqual([{ abbreviation: 'SGO', phrase: 'special guardianship orders' }]);
  });

  it('reads an abbreviation written as a word, with skipped small words', () => {
    expect(
      findAbbreviationDefinitions(
        'The Children and Family Court Advisory and Support Service (Cafcass) reports a recent improvement to the quality of evidence',
      ),
    ).toEqual([
      { abbreviation: 'Cafcass', phrase: 'Children and Family Court Advisory and Support Service' },
    ]);
  });

  it('reads lower-case letters and an ampersand in the abbreviation', () => {
    expect(
      findAbbreviationDefinitions(
        'Children are well represented by the Hull Young Voices in Care (YViC) council.',
      ),
    ).toEqual([{ abbreviation: 'YViC', phrase: 'Young Voices in Care' }]);
    expect(
      findAbbreviationDefinitions(
        'Children’s services in Bath and North East Somerset (B&NES) are good.',
      ),
    ).toEqual([{ abbreviation: 'B&NES', phrase: 'Bath and North East Somerset' }]);
  });

  it('reads past commas but not past the end of a clause', () => {
    expect(
      findAbbreviationDefinitions(
        'almost a third of care leavers aged 19 years are not engaged in education, employment or training (NEET)',
      ),
    ).toEqual([]);
    expect(
      findAbbreviationDefinitions('young people are in education, employment or training (EET)'),
    ).toEqual([{ abbreviation: 'EET', phrase: 'education employment or training' }]);
    expect(
      findAbbreviationDefinitions('It was all about multi-agency. Safeguarding hubs (MASH)'),
    ).toEqual([]);
  });

  it('ignores a bracketed word that is not an abbreviation of what comes before', () => {
    expect(
      findAbbreviationDefinitions(
        'the review of the Local Safeguarding Children Board carried out under the Local Safeguarding Children Boards (Review) Regulations 2013.',
      ),
    ).toEqual([]);
    expect(
      findAbbreviationDefinitions('The current Living in Care Council (LinCC) is representative'),
    ).toEqual([]);
    expect(findAbbreviationDefinitions('as set out in paragraph (a) above')).toEqual([]);
  });
});
