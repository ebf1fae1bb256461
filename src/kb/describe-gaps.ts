import type { Gap } from '../feedback/gap-log.ts';
import type { KbReport } from './kb-report.ts';

/** The /kb gaps reply: each unanswered question with how often it was asked, most first. */
export function describeGaps(gaps: readonly Gap[]): KbReport {
  if (gaps.length === 0) {
    return {
      title: 'No unanswered questions',
      lines: ['Nothing asked in this server has gone unanswered yet (or nothing is kept).'],
      ok: true,
    };
  }
  return {
    title: `Unanswered questions: ${gaps.length} most asked`,
    lines: [
      ...gaps.map((gap) => {
        const where = gap.council ? ` · ${gap.council}` : '';
        const why =
          gap.kind === 'council-not-loaded'
            ? ' · council not loaded'
            : gap.kind === 'unhelpful'
              ? ' · answered, not helpful'
              : '';
        return `×${gap.count} “${gap.query}”${where}${why}`;
      }),
      'Add a document that answers them (/kb add), or the council’s reports (npm run kb:fetch).',
    ],
    ok: true,
  };
}
