import type { FrameworkCode } from '../../../src/knowledge/facts-schema.ts';

/** What a fixture report prints, read from the PDF by a person, not by the extractor. */
export interface PrintedReport {
  /** The PDF in test/fixtures/reports/. */
  file: string;
  framework: FrameworkCode;
  dates: { from: string; to: string };
  /** The publication date when the report prints it; otherwise only the listing knows it. */
  printedPublished?: string;
  leadInspector: string;
  /** Every judgement and its grade, in the framework's words. */
  judgements: Record<string, string>;
  /** When the report says its previous inspection was, and the grade if it says that too. */
  previous?: { when?: string; grade?: string };
}

const overall = 'Overall effectiveness';
const leaders = 'The impact of leaders on social work practice with children and families';
const help = 'The experiences and progress of children who need help and protection';
const careAndLeavers = 'The experiences and progress of children in care and care leavers';
const care = 'The experiences and progress of children in care';
const leavers = 'The experiences and progress of care leavers';
const lookedAfter =
  'The experiences and progress of children looked after and achieving permanence';
const adoption = 'Adoption performance';
const leadership = 'Leadership, management and governance';
const lscb = 'Local Safeguarding Children Board (review)';
const ri = 'Requires improvement';
const ritbg = 'Requires improvement to be good';

/** The grades, dates and lead inspectors printed in the committed fixture reports. */
export const printedReports: readonly PrintedReport[] = [
  {
    file: 'bath-and-north-east-somerset--2017-07-07.pdf',
    framework: 'sif-lscb',
    dates: { from: '2017-04-24', to: '2017-05-18' },
    printedPublished: '2017-07-07',
    leadInspector: 'Donna Marriott',
    judgements: {
      [overall]: 'Good',
      [help]: ri,
      [lookedAfter]: 'Good',
      [adoption]: 'Outstanding',
      [leavers]: ri,
      [leadership]: 'Good',
      [lscb]: 'Good',
    },
    previous: { when: 'March 2013', grade: 'Adequate' },
  },
  {
    file: 'bournemouth-christchurch-and-poole--2022-02-11.pdf',
    framework: 'ilacs-standard',
    dates: { from: '2021-12-06', to: '2021-12-17' },
    leadInspector: 'Steve Lowe',
    judgements: {
      [overall]: 'Inadequate',
      [leaders]: 'Inadequate',
      [help]: 'Inadequate',
      [careAndLeavers]: ritbg,
    },
  },
  {
    file: 'bromley--2016-06-27.pdf',
    framework: 'sif-lscb',
    dates: { from: '2016-04-11', to: '2016-05-05' },
    printedPublished: '2016-06-27',
    leadInspector: 'Marcie Taylor',
    judgements: {
      [overall]: 'Inadequate',
      [help]: 'Inadequate',
      [lookedAfter]: 'Inadequate',
      [adoption]: 'Inadequate',
      [leavers]: 'Inadequate',
      [leadership]: 'Inadequate',
      [lscb]: ri,
    },
    previous: { when: 'July 2012', grade: 'Adequate' },
  },
  {
    file: 'bromley--2024-01-12.pdf',
    framework: 'ilacs-short',
    dates: { from: '2023-11-13', to: '2023-11-17' },
    leadInspector: 'Claire Beckingham',
    judgements: {
      [overall]: 'Outstanding',
      [leaders]: 'Outstanding',
      [help]: 'Outstanding',
      [care]: 'Outstanding',
      [leavers]: 'Outstanding',
    },
    previous: { when: '2018' },
  },
  {
    file: 'durham--2025-05-13.pdf',
    framework: 'ilacs-short',
    dates: { from: '2025-03-24', to: '2025-03-28' },
    leadInspector: 'Ceri Evans',
    judgements: {
      [overall]: 'Outstanding',
      [leaders]: 'Outstanding',
      [help]: 'Good',
      [care]: 'Outstanding',
      [leavers]: 'Outstanding',
    },
    previous: { when: '2022' },
  },
  {
    file: 'kent--2013-08-23.pdf',
    framework: 'pre-sif',
    dates: { from: '2013-07-15', to: '2013-07-19' },
    printedPublished: '2013-08-23',
    leadInspector: 'Helen Cawston',
    judgements: {
      'Overall effectiveness of services for looked after children and young people': 'Adequate',
      'Capacity to improve': 'Good',
      'Outcomes for looked after children and young people': 'Adequate',
      'Quality of provision': 'Adequate',
      'Leadership and management': 'Adequate',
    },
  },
  {
    file: 'kingston-upon-hull--2019-05-17.pdf',
    framework: 'ilacs-standard',
    dates: { from: '2019-01-14', to: '2019-01-25' },
    leadInspector: 'Jan Edwards',
    judgements: {
      [overall]: 'Inadequate',
      [leaders]: ritbg,
      [help]: 'Inadequate',
      [careAndLeavers]: ritbg,
    },
    previous: { when: '2015' },
  },
  {
    file: 'lambeth--2022-12-16.pdf',
    framework: 'ilacs-standard',
    dates: { from: '2022-10-24', to: '2022-11-04' },
    leadInspector: 'Russel Breyer',
    judgements: { [overall]: ritbg, [leaders]: ritbg, [help]: ritbg, [careAndLeavers]: ritbg },
    previous: { when: 'May 2018' },
  },
  {
    file: 'leeds--2018-12-18.pdf',
    framework: 'ilacs-short',
    dates: { from: '2018-10-29', to: '2018-11-02' },
    leadInspector: 'Matt Reed',
    judgements: {
      [overall]: 'Outstanding',
      [leaders]: 'Outstanding',
      [help]: 'Outstanding',
      [careAndLeavers]: 'Good',
    },
  },
  {
    file: 'north-northamptonshire--2026-07-07.pdf',
    framework: 'ilacs-2026',
    dates: { from: '2026-05-11', to: '2026-05-22' },
    leadInspector: 'David Cohen',
    judgements: { [leaders]: 'Outstanding', [help]: 'Good', [care]: 'Good', [leavers]: 'Good' },
    previous: { when: '2022' },
  },
  {
    file: 'telford-and-wrekin--2020-03-02.pdf',
    framework: 'ilacs-standard',
    dates: { from: '2020-01-20', to: '2020-01-31' },
    leadInspector: 'Alison Smale',
    judgements: {
      [overall]: 'Outstanding',
      [leaders]: 'Outstanding',
      [help]: 'Good',
      [careAndLeavers]: 'Outstanding',
    },
  },
];
