import type { FrameworkCode, Inspection } from '../src/knowledge/facts-schema.ts';

/** One report's extraction, as the benchmark counts it. */
export interface ReportOutcome {
  docId: string;
  inspection: Inspection | undefined;
  warnings: string[];
}

/** The judgements each framework grades, by the names extraction gives them. */
const expectedJudgements: Readonly<Record<FrameworkCode, readonly string[]>> = {
  'pre-sif': [],
  sif: [
    'Overall effectiveness',
    'The experiences and progress of children who need help and protection',
    'The experiences and progress of children looked after and achieving permanence',
    'Adoption performance',
    'The experiences and progress of care leavers',
    'Leadership, management and governance',
  ],
  'sif-lscb': [
    'Overall effectiveness',
    'The experiences and progress of children who need help and protection',
    'The experiences and progress of children looked after and achieving permanence',
    'Adoption performance',
    'The experiences and progress of care leavers',
    'Leadership, management and governance',
    'Local Safeguarding Children Board (review)',
  ],
  'lscb-review': ['Local Safeguarding Children Board (review)'],
  'ilacs-standard': [
    'Overall effectiveness',
    'The impact of leaders on social work practice with children and families',
    'The experiences and progress of children who need help and protection',
  ],
  'ilacs-short': [
    'Overall effectiveness',
    'The impact of leaders on social work practice with children and families',
    'The experiences and progress of children who need help and protection',
  ],
  'ilacs-2026': [
    'The impact of leaders on social work practice with children and families',
    'The experiences and progress of children who need help and protection',
  ],
};

const careJudgements = [
  'The experiences and progress of children in care and care leavers',
  'The experiences and progress of children in care',
];

/** What a report's extraction lacks: judgements, dates, lead inspector and so on. */
export function missingParts(outcome: ReportOutcome): string[] {
  const inspection = outcome.inspection;
  if (!inspection) return ['everything (no judgement found)'];
  const names = new Set(inspection.judgements.map((judgement) => judgement.judgement));
  const code = inspection.framework_code;
  const missing: string[] = [];
  if (!code) missing.push('framework');
  const expected = code ? expectedJudgements[code] : ['Overall effectiveness'];
  for (const name of expected) if (!names.has(name)) missing.push(`judgement "${name}"`);
  if (code === 'pre-sif' && !inspection.judgements.some((j) => /overall/i.test(j.judgement))) {
    missing.push('judgement "Overall effectiveness"');
  }
  if (code?.startsWith('ilacs') && !careJudgements.some((name) => names.has(name))) {
    missing.push('judgement "children in care"');
  }
  if (
    (code === 'ilacs-2026' || (code?.startsWith('ilacs') && names.has(careJudgements[1] ?? ''))) &&
    !names.has('The experiences and progress of care leavers')
  ) {
    missing.push('judgement "care leavers"');
  }
  if (!inspection.dates) missing.push('dates');
  if (!inspection.lead_inspector) missing.push('lead inspector');
  if (!inspection.previous) missing.push('previous inspection');
  if (inspection.improvements.length === 0) missing.push('improvements');
  return missing;
}

/** The median number of strengths among the reports that state any. */
function medianStrengths(outcomes: readonly ReportOutcome[]): number {
  const counts = outcomes
    .map((o) => o.inspection?.strengths.length ?? 0)
    .filter((count) => count > 0)
    .sort((a, b) => a - b);
  return counts[Math.floor(counts.length / 2)] ?? 0;
}

const percent = (count: number, total: number) =>
  `${count}/${total} (${total === 0 ? 0 : ((100 * count) / total).toFixed(1)}%)`;

/** The benchmark's report: counts over every report, the framework breakdown, what is missing. */
export function describeFigures(outcomes: readonly ReportOutcome[]): string[] {
  const total = outcomes.length;
  const withAll = (test: (outcome: ReportOutcome) => boolean) =>
    percent(outcomes.filter(test).length, total);
  const has = (part: string) => (outcome: ReportOutcome) =>
    !missingParts(outcome).some((missing) => missing.startsWith(part));
  const frameworks = new Map<string, number>();
  for (const outcome of outcomes) {
    const code = outcome.inspection?.framework_code ?? '(not recognised)';
    frameworks.set(code, (frameworks.get(code) ?? 0) + 1);
  }
  const lines = [
    `reports                         ${total}`,
    `every judgement                 ${withAll(has('judgement'))}`,
    `overall effectiveness           ${withAll((o) => o.inspection?.framework_code === 'ilacs-2026' || (o.inspection?.judgements.some((j) => /^overall effectiveness/i.test(j.judgement)) ?? false))}`,
    `inspection dates                ${withAll(has('dates'))}`,
    `printed publication date        ${withAll((o) => o.inspection?.published !== undefined)}`,
    `lead inspector                  ${withAll(has('lead inspector'))}`,
    `previous inspection             ${withAll(has('previous'))}`,
    `  with its grade                ${withAll((o) => o.inspection?.previous?.grade !== undefined)}`,
    `  linked to its loaded report   ${withAll((o) => o.inspection?.previous?.inspection !== undefined)}`,
    `improvements                    ${withAll(has('improvements'))}`,
    // Not counted as missing: a report may praise nothing in its summary (an inadequate one).
    `strengths                       ${withAll((o) => (o.inspection?.strengths.length ?? 0) > 0)}`,
    `  per report with any (median)  ${medianStrengths(outcomes)}`,
    `nothing missing                 ${withAll((o) => missingParts(o).length === 0)}`,
    `warnings                        ${outcomes.reduce((sum, o) => sum + o.warnings.length, 0)}`,
    'frameworks:',
    ...[...frameworks].sort().map(([code, count]) => `  ${code.padEnd(30)}${count}`),
    'missing:',
    ...outcomes.flatMap((outcome) => {
      const missing = missingParts(outcome);
      return missing.length > 0 ? [`  ${outcome.docId}: ${missing.join(', ')}`] : [];
    }),
  ];
  return lines;
}
