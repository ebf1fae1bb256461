import { describeProblem, type KnowledgeProblem } from '../knowledge-problem.ts';
import type { ReportOutcome } from './fetch-council-reports.ts';

/** What the bot's own loader made of the folder after the fetch. */
export interface FolderCheck {
  readonly documents: number;
  readonly passages: number;
  readonly problems: readonly KnowledgeProblem[];
}

/** The summary lines and whether the run counts as a success. */
export interface FetchSummary {
  readonly lines: string[];
  readonly ok: boolean;
}

/**
 * Summarises a fetch: the counts, each refusal with its reason, what the loader found in the
 * files this run is about (problems in other files are only counted: they are not this
 * command's), and what to do next. `check` is absent when the folder does not exist.
 */
export function describeFetchSummary(
  outDir: string,
  outcomes: readonly ReportOutcome[],
  check: FolderCheck | undefined,
): FetchSummary {
  const count = (status: ReportOutcome['status']) =>
    outcomes.filter((outcome) => outcome.status === status).length;
  const downloaded = outcomes.filter((outcome) => outcome.downloaded).length;
  const imported = count('imported');
  const refused = outcomes.flatMap((outcome) => (outcome.status === 'refused' ? [outcome] : []));
  const lines = [
    `Summary: downloaded ${downloaded}, imported ${imported}, unchanged ${count('unchanged')}, refused ${refused.length}.`,
  ];
  if (refused.length > 0) {
    lines.push(
      'Refused:',
      ...refused.flatMap((outcome) =>
        outcome.failure === 'not-tried' ? [] : [`  ${outcome.reason}`],
      ),
      ...describeNotTried(refused),
    );
  }
  for (const outcome of outcomes) {
    if (outcome.status !== 'imported') continue;
    for (const warning of outcome.warnings) lines.push(`Warning: ${outcome.fileName}: ${warning}`);
  }

  const ours = new Set(
    outcomes.flatMap((outcome) => (outcome.status === 'refused' ? [] : [outcome.documentFile])),
  );
  const ourProblems = check?.problems.filter((problem) => ours.has(problem.file)) ?? [];
  if (check !== undefined) {
    const clean = ours.size > 0 && ourProblems.length === 0 ? '; these reports load cleanly' : '';
    lines.push(
      `Checked ${outDir} with the bot's loader: ${plural(check.documents, 'document')}, ${plural(check.passages, 'passage')}${clean}.`,
      ...ourProblems.map((problem) => `  ${describeProblem(problem)}`),
    );
    const others = check.problems.length - ourProblems.length;
    if (others > 0) {
      lines.push(
        `  ${others} problem${others === 1 ? '' : 's'} in other files there; \`npm run kb:check\` lists them.`,
      );
    }
  }
  lines.push(
    imported > 0
      ? 'Run /kb refresh in Discord or restart the bot to serve them (a bot running with KB_WATCH=true picks them up itself).'
      : `Nothing in ${outDir} was changed.`,
  );
  return { lines, ok: refused.length === 0 && ourProblems.length === 0 };
}

/** Reports skipped after their host failed, one line a host rather than one a report. */
function describeNotTried(refused: readonly ReportOutcome[]): string[] {
  const byHost = new Map<string, string[]>();
  for (const outcome of refused) {
    if (outcome.status !== 'refused' || outcome.failure !== 'not-tried') continue;
    const host = new URL(outcome.row.url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), outcome.fileName]);
  }
  const lines = [...byHost].map(
    ([host, files]) => `  Not tried, since ${host} could not be reached: ${files.join(', ')}.`,
  );
  if (lines.length > 0) lines.push('Check the network connection, then run the command again.');
  return lines;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
