import { describe, expect, it } from 'vitest';
import { lineText } from '../../../src/knowledge/pdf/pdf-line.ts';
import { readCoverPage } from '../../../src/knowledge/pdf/read-cover-page.ts';
import { line, page } from './make-line.ts';

const texts = (lines: readonly Parameters<typeof lineText>[0][]) =>
  lines.map((each) => lineText(each));

describe('readCoverPage', () => {
  it('splits a cover into subject, title, labelled facts and the running text after them', () => {
    const cover = readCoverPage(
      page(1, [
        line('London Borough of Croydon', { y: 689.5, size: 26 }),
        line('Inspection of children’s social care services', { y: 648.8, size: 16, bold: true }),
        line('Inspection dates: 3 February 2020 to 14 February 2020', { y: 618.9, bold: true }),
        line('Lead inspector: Tara Geere', { y: 590, bold: true }),
        line('Her Majesty’s Inspector', { y: 575.5, x: 174.4, bold: true }),
        line('Children’s services in Croydon have improved dramatically', { y: 324.3 }),
      ]),
    );
    expect(texts(cover.subject)).toEqual(['London Borough of Croydon']);
    expect(texts(cover.title)).toEqual(['Inspection of children’s social care services']);
    expect(cover.facts.map(texts)).toEqual([
      ['Inspection dates: 3 February 2020 to 14 February 2020'],
      ['Lead inspector: Tara Geere'],
      ['Her Majesty’s Inspector'],
    ]);
    expect(texts(cover.rest)).toEqual([
      'Children’s services in Croydon have improved dramatically',
    ]);
  });

  it('takes a title that starts with "Inspection" whole, with no subject', () => {
    const cover = readCoverPage(
      page(1, [
        line('Inspection of Croydon local authority', { y: 686.4, size: 26 }),
        line('children’s services', { y: 654.9, size: 26 }),
        line('Inspection dates: 14 to 25 October 2024', { y: 625.5 }),
      ]),
    );
    expect(cover.subject).toEqual([]);
    expect(texts(cover.title)).toEqual([
      'Inspection of Croydon local authority',
      'children’s services',
    ]);
  });

  it('keeps a fact’s value that wraps onto the next line with its fact', () => {
    const cover = readCoverPage(
      page(1, [
        line('Inspection of children’s social care services', { y: 649, size: 16, bold: true }),
        line('Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to', {
          y: 619,
          bold: true,
        }),
        line('8 August 2019', { y: 605, bold: true }),
        line('Lead inspector: Julie Knight', { y: 575, bold: true }),
        line('Her Majesty’s Inspector', { y: 561, x: 176, bold: true }),
        line('Children in Derbyshire are safe', { y: 500 }),
      ]),
    );
    expect(cover.facts.map(texts)).toEqual([
      ['Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to', '8 August 2019'],
      ['Lead inspector: Julie Knight'],
      ['Her Majesty’s Inspector'],
    ]);
  });

  it('reads the 2013 cover’s facts, labelled with and without a colon', () => {
    const cover = readCoverPage(
      page(1, [
        line('Inspection of looked after children services', { y: 668, size: 26 }),
        line('Kent County Council', { y: 610, size: 18 }),
        line('Inspection dates: 15 – 19 July 2013', { y: 284, bold: true, size: 10 }),
        line('Reporting inspector Helen Cawston HMI', { y: 268, bold: true, size: 10 }),
        line('Age group: All', { y: 132, bold: true, size: 10 }),
        line('Published: 23 August 2013', { y: 119, size: 10 }),
      ]),
    );
    expect(cover.facts.map(texts)).toEqual([
      ['Inspection dates: 15 – 19 July 2013'],
      ['Reporting inspector Helen Cawston HMI'],
      ['Age group: All'],
      ['Published: 23 August 2013'],
    ]);
    expect(cover.rest).toEqual([]);
    expect(texts(cover.title)).toEqual(['Inspection of looked after children services']);
    expect(texts(cover.underTitle)).toEqual(['Kent County Council']);
  });

  it('leaves a page without labelled facts as running text', () => {
    const cover = readCoverPage(page(1, [line('Executive summary', { bold: true })]));
    expect(cover.title).toEqual([]);
    expect(cover.facts).toEqual([]);
    expect(texts(cover.rest)).toEqual(['Executive summary']);
  });
});
