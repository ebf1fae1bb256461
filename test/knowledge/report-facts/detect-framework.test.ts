import { describe, expect, it } from 'vitest';
import { detectFramework } from '../../../src/knowledge/report-facts/detect-framework.ts';
import { readReportLines } from '../../../src/knowledge/report-facts/report-lines.ts';

const ilacs = [
  '# Inspection of X local authority children’s services',
  '- The impact of leaders on social work practice with children and families Good',
];
const detect = (lines: string[], fieldwork?: { from: string; to: string }) =>
  detectFramework(readReportLines(lines.join('\n\n')), fieldwork);

describe('detectFramework', () => {
  it('tells a standard ILACS inspection (two weeks) from a short one (one week)', () => {
    const report = [...ilacs, '- Overall effectiveness Good'];
    expect(detect(report, { from: '2024-10-14', to: '2024-10-25' })).toBe('ilacs-standard');
    expect(detect(report, { from: '2023-11-13', to: '2023-11-17' })).toBe('ilacs-short');
  });

  it('recognises the 2026 framework by its having no overall judgement, whatever the year', () => {
    expect(detect(ilacs, { from: '2026-05-11', to: '2026-05-22' })).toBe('ilacs-2026');
    expect(
      detect([...ilacs, '- Overall effectiveness Good'], { from: '2026-01-12', to: '2026-01-23' }),
    ).toBe('ilacs-standard');
  });

  it('recognises SIF, with and without the LSCB review', () => {
    const sif = ['# Inspection of services', '- 3. Leadership, management and governance Good'];
    expect(detect(sif)).toBe('sif');
    expect(detect([...sif, '# The Local Safeguarding Children Board (LSCB)'])).toBe('sif-lscb');
    expect(
      detect([
        '# Inspection … and Review of the effectiveness of the Local Safeguarding Children Board',
        ...sif,
      ]),
    ).toBe('sif-lscb');
  });

  it('recognises the framework before SIF by its numbered grades', () => {
    expect(detect(['# Capacity to improve', '## Grade 2 (Good)'])).toBe('pre-sif');
  });

  it('recognises nothing in a document that is not a report', () => {
    expect(detect(['# Minutes', 'The board met.'])).toBeUndefined();
  });
});

describe('detectFramework on reviews and older reports', () => {
  it('recognises a review of the LSCB published on its own', () => {
    expect(
      detect([
        '# Review of the effectiveness of the Local Safeguarding Children Board',
        '## The Local Safeguarding Children Board requires improvement',
      ]),
    ).toBe('lscb-review');
  });

  it('reads numbered grades in lower case', () => {
    expect(detect(['# Capacity to improve', '## Grade 4 (inadequate)'])).toBe('pre-sif');
  });
});
