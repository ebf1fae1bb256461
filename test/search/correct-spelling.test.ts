import { describe, expect, it } from 'vitest';
import { correctSpelling } from '../../src/search/correct-spelling.ts';
import { buildSearchIndex, type SearchDocument } from '../../src/search/search-index.ts';

/** A few sentences in the reports' words, enough to give the index a vocabulary. */
const documents: SearchDocument[] = [
  'The Local Safeguarding Children Board is inadequate.',
  'The fostering service is not compliant with all regulations.',
  'Care leavers are supported into college courses and apprenticeships.',
  'Social work teams hold manageable caseloads.',
  'Leaders have driven change in the front door.',
  'The court team is stable.',
].map((text, i) => ({ id: `p${i}`, title: '', headings: '', text }));
const index = buildSearchIndex(documents);

describe('correctSpelling', () => {
  it('mends a letter missed, doubled or swapped into the word the sources use', () => {
    expect(correctSpelling('what did they say about fostring', index)).toBe(
      'what did they say about fostering',
    );
    expect(correctSpelling('was the safegaurding board inadequate?', index)).toBe(
      'was the safeguarding board inadequate?',
    );
    expect(correctSpelling('leavers in colllege', index)).toBe('leavers in college');
  });

  it('leaves the spans it is given as typed: the words that name a council', () => {
    const withLinks = buildSearchIndex([
      {
        id: 'p0',
        title: '',
        headings: '',
        text: 'Children keep links with their fostering families.',
      },
    ]);
    const text = 'are lincs kids in fostring';
    expect(correctSpelling(text, withLinks)).toBe('are links kids in fostering');
    expect(correctSpelling(text, withLinks, [[4, 9]])).toBe('are lincs kids in fostering');
  });

  it('never changes a word the sources know, even one a letter from another', () => {
    // "courts" is known (its stem is "court"); "court" is one letter away.
    expect(correctSpelling('family courts', index)).toBe('family courts');
  });

  it('leaves an English word one changed letter from a known one as typed', () => {
    expect(correctSpelling('are the trams running', index)).toBe('are the trams running');
    expect(correctSpelling('who was in charge', index)).toBe('who was in charge');
  });

  it('mends a changed letter in a word that is no English word', () => {
    expect(correctSpelling('college coarses', index)).toBe('college courses');
  });

  it('leaves an English word as typed, though the sources use one a slip from it', () => {
    // "complaint" is "compliant" with two letters swapped, and the sources say "compliant".
    expect(correctSpelling('how do I make a complaint', index)).toBe('how do I make a complaint');
  });

  it('leaves short words, stop words and words near nothing as typed', () => {
    expect(correctSpelling('team tems', index)).toBe('team tems');
    expect(correctSpelling('about which pizza', index)).toBe('about which pizza');
  });

  it('keeps the first letter: a different one is most often a different word', () => {
    expect(correctSpelling('ostering', index)).toBe('ostering');
  });
});
