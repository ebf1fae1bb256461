import { describe, expect, it } from 'vitest';
import { findCoverFacts } from '../../../src/knowledge/report-facts/find-cover-facts.ts';
import { readReportLines } from '../../../src/knowledge/report-facts/report-lines.ts';

const cover = (body: string) => findCoverFacts('doc', readReportLines(body));

describe('findCoverFacts', () => {
  it('reads ILACS dates and the lead inspector without the title after the name', () => {
    expect(
      cover(
        '# T\n\nInspection dates: 14 to 25 October 2024\n\nLead inspector: Christine Kennet, His Majesty’s Inspector',
      ),
    ).toEqual({
      dates: {
        from: '2024-10-14',
        to: '2024-10-25',
        source: { doc: 'doc', quote: 'Inspection dates: 14 to 25 October 2024' },
      },
      lead_inspector: {
        name: 'Christine Kennet',
        source: { doc: 'doc', quote: 'Lead inspector: Christine Kennet, His Majesty’s Inspector' },
      },
    });
  });

  it('reads SIF dates and the printed publication date', () => {
    const facts = cover(
      'Inspection date: 20 June – 13 July 2017\n\nReport published: 4 September 2017',
    );
    expect(facts.dates).toMatchObject({ from: '2017-06-20', to: '2017-07-13' });
    expect(facts.published).toEqual({
      date: '2017-09-04',
      source: { doc: 'doc', quote: 'Report published: 4 September 2017' },
    });
  });

  it('reads a reporting inspector, and a name printed on the line after its label', () => {
    expect(cover('Reporting inspector Helen Cawston HMI').lead_inspector?.name).toBe(
      'Helen Cawston',
    );
    expect(cover('Lead inspector:\n\nJane Smith').lead_inspector).toEqual({
      name: 'Jane Smith',
      source: { doc: 'doc', quote: 'Jane Smith' },
    });
  });

  it('ignores a deputy lead inspector, unreadable dates and a sentence after the label', () => {
    expect(
      cover(
        'Deputy lead inspector: Brenda McLaughlin\n\nInspection dates: to be confirmed\n\nLead inspector: the team found that',
      ),
    ).toEqual({});
  });
});

describe('findCoverFacts on unusual covers', () => {
  it('reads fieldwork printed in two parts and wrapped onto the next line', () => {
    const facts = cover(
      'Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to\n\n8 August 2019',
    );
    expect(facts.dates).toEqual({
      from: '2019-07-08',
      to: '2019-08-08',
      source: {
        doc: 'doc',
        quote: 'Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019',
      },
    });
  });

  it('does not join dates across a heading, which would break the quote', () => {
    expect(cover('Inspection dates: 28 – 30\n\n## January 2014').dates).toBeUndefined();
  });

  it('reads two lead inspectors', () => {
    expect(
      cover(
        'Lead inspectors: Rebecca Quested, His Majesty’s Inspector, and Matthew Reed, His Majesty’s Inspector',
      ).lead_inspector?.name,
    ).toBe('Rebecca Quested and Matthew Reed');
  });
});

describe('findCoverFacts on the inspection team list', () => {
  it.each([
    ['Lead inspector: Karen Wareing (HMI)', 'Karen Wareing'],
    ['Lead inspector: Fiona J Millns', 'Fiona J Millns'],
    ['Lead inspector on site: Pietro Battista', 'Pietro Battista'],
    ['Lead inspector: Marie McGuinness Senior HMI', 'Marie McGuinness'],
  ])('reads “%s”', (line, name) => {
    expect(cover(line).lead_inspector?.name).toBe(name);
  });
});
