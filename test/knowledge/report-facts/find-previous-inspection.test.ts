import { describe, expect, it } from 'vitest';
import { findPreviousInspection } from '../../../src/knowledge/report-facts/find-previous-inspection.ts';
import { readReportLines } from '../../../src/knowledge/report-facts/report-lines.ts';

const previous = (body: string) => findPreviousInspection('doc', readReportLines(body));

describe('findPreviousInspection', () => {
  it('reads the year and the grade from one sentence', () => {
    expect(
      previous(
        'Children’s services in X have improved dramatically since the last inspection in 2017, when they were judged to be inadequate. More.',
      ),
    ).toEqual({
      when: '2017',
      grade: 'Inadequate',
      source: {
        doc: 'doc',
        quote:
          'Children’s services in X have improved dramatically since the last inspection in 2017, when they were judged to be inadequate',
      },
    });
  });

  it('reads the grade and year of "since they were found to be inadequate in 2017"', () => {
    expect(
      previous(
        'Services for children in X are now good and have substantially improved since they were found to be inadequate in 2017. Since the previous inspection in 2017, leaders have acted.',
      ),
    ).toMatchObject({ when: '2017', grade: 'Inadequate' });
  });

  it('does not take one part’s earlier grade for the whole inspection’s', () => {
    expect(
      previous(
        'Practice is as strong as at the previous inspection in 2018. The LSCB has improved since it was judged inadequate in 2015.',
      ),
    ).toMatchObject({ when: '2018' });
  });

  it('reads a SIF report’s date and the grade in the sentence after it', () => {
    expect(
      previous(
        '- The last inspection of the local authority’s arrangements for the protection of children was in March 2013. The local authority was judged to be adequate.',
      ),
    ).toMatchObject({ when: 'March 2013', grade: 'Adequate' });
  });

  it('prefers a dated mention with a grade to an earlier one without', () => {
    const found = previous(
      'Since the last inspection in 2015, much changed.\n\nAt the last inspection in 2015, services were judged to require improvement.',
    );
    expect(found).toMatchObject({ when: '2015', grade: 'Requires improvement' });
  });

  it('keeps a dated mention without a grade', () => {
    expect(
      previous('Services require improvement, as at the last inspection in May 2018.'),
    ).toMatchObject({
      when: 'May 2018',
    });
  });

  it('ignores undated mentions without a grade and other providers’ inspections', () => {
    expect(previous('Practice has improved since the last inspection.')).toBeUndefined();
    expect(
      previous(
        'The council runs one children’s home, which was judged outstanding at the last inspection.',
      ),
    ).toBeUndefined();
  });
});
