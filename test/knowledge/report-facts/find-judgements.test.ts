import { describe, expect, it } from 'vitest';
import { findJudgements } from '../../../src/knowledge/report-facts/find-judgements.ts';
import { readReportLines } from '../../../src/knowledge/report-facts/report-lines.ts';

const grades = (body: string, framework: Parameters<typeof findJudgements>[2]) =>
  Object.fromEntries(
    findJudgements('doc', readReportLines(body), framework).judgements.map((judgement) => [
      judgement.judgement,
      judgement.grade,
    ]),
  );

describe('findJudgements', () => {
  it('reads ILACS headings and the grade table, each grade quoted', () => {
    const body = [
      '# Inspection of X local authority children’s services',
      '- Overall effectiveness Requires improvement to be good',
      '# What needs to improve?',
      '# The experiences and progress of children in care: requires improvement to be good.',
      '# The impact of leaders on social work practice with children and families is: good',
    ].join('\n\n');
    const found = findJudgements('doc', readReportLines(body), 'ilacs-standard');
    expect(found.judgements).toEqual([
      {
        judgement: 'Overall effectiveness',
        grade: 'Requires improvement to be good',
        source: { doc: 'doc', quote: 'Overall effectiveness Requires improvement to be good' },
      },
      {
        judgement: 'The impact of leaders on social work practice with children and families',
        grade: 'Good',
        source: {
          doc: 'doc',
          quote:
            'The impact of leaders on social work practice with children and families is: good',
        },
      },
      {
        judgement: 'The experiences and progress of children in care',
        grade: 'Requires improvement to be good',
        source: {
          doc: 'doc',
          quote:
            'The experiences and progress of children in care: requires improvement to be good',
        },
      },
    ]);
    expect(found.warnings).toEqual([]);
  });

  it('reads a jumbled grade table row, and prefers the heading to it', () => {
    const body = [
      '# Title',
      '- The experiences and progress of children who need help and Requires improvement protection to be good',
      '- The impact of leaders on practice with Outstanding children and families',
      '# What needs to improve?',
    ].join('\n\n');
    expect(grades(body, 'ilacs-2026')).toEqual({
      'The impact of leaders on social work practice with children and families': 'Outstanding',
      'The experiences and progress of children who need help and protection':
        'Requires improvement to be good',
    });
  });

  it('reads SIF: the headline, table rows, sub-judgement headings, banners and the LSCB', () => {
    const body = [
      '# Inspection of services for children in need of help and protection',
      'Children’s services in X are good',
      '- 1. Children who need help and protection Requires improvement',
      '## Executive summary',
      '### The graded judgement for adoption performance is that it is outstanding',
      '### The graded judgment for the experiences and progress of care leavers is inadequate',
      'Leadership, management and governance',
      'Good',
      'The Local Safeguarding Children Board (LSCB) is good',
    ].join('\n\n');
    expect(grades(body, 'sif-lscb')).toEqual({
      'Overall effectiveness': 'Good',
      'The experiences and progress of children who need help and protection':
        'Requires improvement',
      'Adoption performance': 'Outstanding',
      'The experiences and progress of care leavers': 'Inadequate',
      'Leadership, management and governance': 'Good',
      'Local Safeguarding Children Board (review)': 'Good',
    });
  });

  it('reads the overall judgement sentence of early SIF reports', () => {
    expect(grades('# T\n\nThe overall judgement is requires improvement', 'sif')).toEqual({
      'Overall effectiveness': 'Requires improvement',
    });
  });

  it('does not read a summary of the last inspection, or a 2026 summary, as the grade', () => {
    const body = [
      '# T',
      'Children’s services in X have improved since the last inspection, when they were judged to be inadequate.',
      'Children’s services in X are no longer inadequate.',
      'Children’s services in X are good.',
    ].join('\n\n');
    expect(grades(body, 'ilacs-2026')).toEqual({});
    expect(grades(body, 'ilacs-standard')).toEqual({ 'Overall effectiveness': 'Good' });
  });

  it('warns when two places print different grades, and keeps the heading’s', () => {
    const body = [
      '# T',
      '- The experiences and progress of care leavers Good',
      '# What needs to improve?',
      '# The experiences and progress of care leavers: inadequate',
    ].join('\n\n');
    const found = findJudgements('doc', readReportLines(body), 'ilacs-short');
    expect(found.judgements.map((judgement) => judgement.grade)).toEqual(['Inadequate']);
    expect(found.warnings).toHaveLength(1);
    expect(found.warnings[0]).toContain('kept “Inadequate”');
  });

  it('reads the graded sections of the framework before SIF', () => {
    const body = '# Capacity to improve\n\n## Grade 2 (Good)\n\n# Quality of provision\n\nText';
    const found = findJudgements('doc', readReportLines(body), 'pre-sif');
    expect(found.judgements).toEqual([
      {
        judgement: 'Capacity to improve',
        grade: 'Good',
        source: { doc: 'doc', quote: 'Grade 2 (Good)' },
      },
    ]);
  });

  it('finds nothing in a document that grades nothing', () => {
    expect(grades('# Minutes\n\nThe board met and the work was good overall.', undefined)).toEqual(
      {},
    );
  });
});
