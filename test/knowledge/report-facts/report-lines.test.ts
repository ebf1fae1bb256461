import { describe, expect, it } from 'vitest';
import { coverLines, readReportLines } from '../../../src/knowledge/report-facts/report-lines.ts';

describe('readReportLines', () => {
  it('reads headings, list items and paragraphs, leaving out markers and printed numbers', () => {
    const lines = readReportLines('# Title\n\n- 2.1 Adoption performance Good\n\n110. Text here.');
    expect(lines).toEqual([
      { kind: 'heading', level: 1, text: 'Title', numbered: false },
      { kind: 'item', level: 0, text: 'Adoption performance Good', numbered: true },
      { kind: 'paragraph', level: 0, text: 'Text here.', numbered: true },
    ]);
  });

  it('keeps a line that is only a number, and skips blank lines', () => {
    expect(readReportLines('\n1.\n\n   \n').map((line) => line.text)).toEqual(['1.']);
  });
});

describe('coverLines', () => {
  it('ends the cover at the first section of findings, not at a headline heading', () => {
    const lines = readReportLines(
      '# Title\n\n## Children’s services in X are good\n\n- Overall effectiveness Good\n\n# What needs to improve?\n\n- More',
    );
    expect(coverLines(lines).map((line) => line.text)).toEqual([
      'Title',
      'Children’s services in X are good',
      'Overall effectiveness Good',
    ]);
  });

  it('is at most the first forty lines when no section starts', () => {
    const body = Array.from({ length: 60 }, (_, i) => `Line ${i}`).join('\n');
    expect(coverLines(readReportLines(body))).toHaveLength(40);
  });
});

describe('readReportLines on numbers', () => {
  it('keeps the day of a date that starts a line', () => {
    expect(readReportLines('9 March 2020 to 13 March 2020')[0]).toMatchObject({
      text: '9 March 2020 to 13 March 2020',
      numbered: false,
    });
  });
});
