import { describe, expect, it } from 'vitest';
import { findImprovements } from '../../../src/knowledge/report-facts/find-improvements.ts';
import { readReportLines } from '../../../src/knowledge/report-facts/report-lines.ts';

const items = (body: string) =>
  findImprovements('doc', readReportLines(body)).map((improvement) => improvement.text);

describe('findImprovements', () => {
  it('lists the items under “What needs to improve?”, each quoting itself', () => {
    const found = findImprovements(
      'doc',
      readReportLines(
        '# What needs to improve?\n\n- The quality of plans.\n- Management oversight of practice.\n\n# Findings: good\n\n- Not an improvement.',
      ),
    );
    expect(found).toEqual([
      { text: 'The quality of plans.', source: { doc: 'doc', quote: 'The quality of plans.' } },
      {
        text: 'Management oversight of practice.',
        source: { doc: 'doc', quote: 'Management oversight of practice.' },
      },
    ]);
  });

  it('reads SIF recommendations: numbered paragraphs, and numbers on a line of their own', () => {
    expect(
      items(
        '## Recommendations\n\n1.\n\nImprove the quality of plans.\n\n86. Strengthen performance information.\n\nAn unnumbered remark about them.',
      ),
    ).toEqual(['Improve the quality of plans.', 'Strengthen performance information.']);
  });

  it('keeps sub-headings’ items but not the lead-in, and ends at a heading as high', () => {
    expect(
      items(
        '## Areas for improvement\n\n22. To improve, the local authority should take the following action:\n\n### Immediately:\n\n- improve supervision in casework\n\n## Next section\n\n- not this one',
      ),
    ).toEqual(['improve supervision in casework']);
  });

  it('finds none when the report has no such heading', () => {
    expect(items('# Findings\n\n- The quality of plans is good.')).toEqual([]);
  });
});

describe('findImprovements where heading levels are uneven', () => {
  it('ends the list at a deeper heading that starts findings', () => {
    expect(
      items(
        '# What needs to improve?\n\n- The quality of plans.\n\n## The experiences and progress of care leavers: good\n\n1. Care leavers are well supported.',
      ),
    ).toEqual(['The quality of plans.']);
  });
});

describe('findImprovements and the strengths beside them', () => {
  it('does not take a list of strengths under the same heading for improvements', () => {
    expect(
      items(
        '## What does the local authority need to improve?\n\n### Areas for improvement\n\n- Improve plans.\n\n### The local authority has the following strengths:\n\n- Strong leadership.',
      ),
    ).toEqual(['Improve plans.']);
  });
});

describe('findImprovements where the title is set in body type', () => {
  it('opens the list at a paragraph that is only the title, and ends it at the next heading', () => {
    expect(
      items(
        'Some figures about the area.\n\nRecommendations\n\n1. Ensure plans are reviewed.\n\n2. Reduce workloads.\n\n## Summary for children\n\n- not this one',
      ),
    ).toEqual(['Ensure plans are reviewed.', 'Reduce workloads.']);
  });

  it('does not open it at a sentence that begins with the words', () => {
    expect(
      items('Recommendations from the last inspection were acted on.\n\n1. Plans are reviewed.'),
    ).toEqual([]);
  });
});
