import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/knowledge/knowledge-document.ts';
import { learnAbbreviations } from '../../../src/search/abbreviations/learn-abbreviations.ts';

/** Passages of one document, one a text. */
function passages(...texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `report#${i + 1}`,
    docId: 'report',
    label: String(i + 1),
    paragraph: undefined,
    headingPath: [],
    text,
    start: 0,
    end: text.length,
  }));
}

// Sentences from the fixture reports (test/fixtures/reports), except where a test says not.
describe('learnAbbreviations', () => {
  it('learns each abbreviation once, with its phrasings and the passage that spells it out', () => {
    const { learned, rejected } = learnAbbreviations(
      passages(
        'Managers and social workers in the multi-agency safeguarding hub (MASH) make timely decisions.',
        'Through visits to children by independent reviewing officers (IROs), plans are reviewed.',
        'There is a strong independent reviewing officer (IRO) service.',
        'This includes independent review officer (IRO) challenge.',
      ),
      [],
    );
    expect(rejected).toEqual([]);
    expect(learned).toEqual([
      { abbreviation: 'MASH', phrases: ['multi-agency safeguarding hub'], passageId: 'report#1' },
      {
        abbreviation: 'IRO',
        // "reviewing officer" and "review officer" search as one phrasing: both stem to "review".
        phrases: ['independent reviewing officers'],
        passageId: 'report#2',
      },
    ]);
  });

  it('never learns a person’s name from the facts', () => {
    // Made up: no fixture report abbreviates a person, but a lead inspector's name is in facts.
    const { learned, rejected } = learnAbbreviations(
      passages('The lead inspector, Marcie Taylor (MT), met the director.'),
      ['Marcie Taylor'],
    );
    expect(learned).toEqual([]);
    expect(rejected).toMatchObject([{ abbreviation: 'MT', reason: 'names a person' }]);
  });

  it('never learns a phrase that reads as a proper name', () => {
    const { learned, rejected } = learnAbbreviations(
      passages(
        'Children living in Bournemouth, Christchurch and Poole (BCP) were not protected effectively.',
      ),
      [],
    );
    expect(learned).toEqual([]);
    expect(rejected[0]?.reason).toMatch(/proper name/);
  });

  it('learns a capitalised phrase whose words the documents also write in lower case', () => {
    const { learned } = learnAbbreviations(
      passages(
        'The inspection team consisted of seven of Her Majesty’s Inspectors (HMI) from Ofsted.',
        'Inspectors spoke to her and to the manager.',
      ),
      [],
    );
    expect(learned.map((entry) => entry.abbreviation)).toEqual(['HMI']);
  });

  it('never learns an abbreviation the documents also use as an ordinary word', () => {
    // Made up: "mash" as a word, beside the fixture reports' MASH.
    const { learned, rejected } = learnAbbreviations(
      passages(
        'Managers and social workers in the multi-agency safeguarding hub (MASH) make timely decisions.',
        'Children had mash and gravy for lunch.',
      ),
      [],
    );
    expect(learned).toEqual([]);
    expect(rejected[0]?.reason).toMatch(/ordinary word/);
  });
});
