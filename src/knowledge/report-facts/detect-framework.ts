import type { FrameworkCode } from '../facts-schema.ts';
import type { ReportLine } from './report-lines.ts';

/** How each framework is described to readers. */
export const frameworkDescriptions: Readonly<Record<FrameworkCode, string>> = {
  'pre-sif': 'Inspection of safeguarding and looked after children services (before SIF)',
  sif: 'Single inspection framework (SIF)',
  'sif-lscb':
    'Single inspection framework (SIF), with a review of the Local Safeguarding Children Board',
  'lscb-review': 'Review of the effectiveness of the Local Safeguarding Children Board',
  'ilacs-standard':
    "Inspection of local authority children's services (ILACS), standard inspection",
  'ilacs-short': "Inspection of local authority children's services (ILACS), short inspection",
  'ilacs-2026': "Inspection of local authority children's services (ILACS), 2026 framework",
};

/** Short labels for inspection names, e.g. "Leeds 2018 (ILACS)". */
export const frameworkLabels: Readonly<Record<FrameworkCode, string>> = {
  'pre-sif': 'before SIF',
  sif: 'SIF',
  'sif-lscb': 'SIF',
  'lscb-review': 'LSCB review',
  'ilacs-standard': 'ILACS',
  'ilacs-short': 'ILACS short',
  'ilacs-2026': 'ILACS 2026',
};

const day = 24 * 60 * 60 * 1000;

/**
 * Recognises the framework from what the report prints: its judgements (SIF's "Leadership,
 * management and governance", ILACS's "impact of leaders"), an LSCB review, an overall
 * judgement (the 2026 framework has none) and, for ILACS, a one-week short inspection.
 */
export function detectFramework(
  lines: readonly ReportLine[],
  fieldwork: { from: string; to: string } | undefined,
): FrameworkCode | undefined {
  const text = lines.map((line) => line.text).join('\n');
  if (/^Grade [1-4] \((?:Outstanding|Good|Adequate|Inadequate)\)$/im.test(text)) return 'pre-sif';
  // Judgements are read from short lines (table rows, headings), not from sentences that
  // mention an earlier framework's judgement or the previous inspection's.
  const short = lines.filter((line) => line.text.length < 140).map((line) => line.text);
  const ilacs = short.some((line) => /impact of leaders on (?:social work )?practice/i.test(line));
  if (!ilacs) {
    const sif = short.some((line) =>
      /^(?:The experiences and progress of )?(?:children looked after and achieving permanence|leadership, management and governance)/i.test(
        line,
      ),
    );
    if (!sif) {
      // A review of the board alone, published apart from the local authority's inspection.
      const board = lines.find((line) => line.kind === 'heading');
      return board &&
        /^Review of the effectiveness of the Local Safeguarding Children Board/i.test(board.text)
        ? 'lscb-review'
        : undefined;
    }
    const lscb = lines.some(
      (line) =>
        /review of the effectiveness of the Local Safeguarding Children Board/i.test(line.text) ||
        (line.kind === 'heading' &&
          line.level <= 2 &&
          /^The Local Safeguarding Children Board\b|\(LSCB\)$/i.test(line.text)),
    );
    return lscb ? 'sif-lscb' : 'sif';
  }
  if (!short.some((line) => /^overall effectiveness\b/i.test(line))) return 'ilacs-2026';
  if (!fieldwork) return 'ilacs-standard';
  const days = (Date.parse(fieldwork.to) - Date.parse(fieldwork.from)) / day + 1;
  // Short inspections spend one working week on site, standard ones two.
  return days <= 7 ? 'ilacs-short' : 'ilacs-standard';
}
