/** One file's outcome in a batch import, as the summary counts it. */
export type FileOutcome =
  | { readonly file: string; readonly status: 'imported'; readonly warnings: readonly string[] }
  | { readonly file: string; readonly status: 'refused'; readonly reason: string };

/** How many warning reasons the summary lists; the rest are counted together. */
const TOP_WARNING_REASONS = 15;

/**
 * The report a batch import ends with: how many imported cleanly, with warnings, and refused;
 * the warning reasons grouped (numbers and quoted values folded, so one kind counts once) with
 * counts; every refusal with its reason; and the time taken.
 */
export function formatImportSummary(
  outcomes: readonly FileOutcome[],
  elapsedMs: number,
  jobs: number,
): string[] {
  const imported = outcomes.filter((outcome) => outcome.status === 'imported');
  const warned = imported.filter((outcome) => outcome.warnings.length > 0);
  const refused = outcomes.flatMap((outcome) => (outcome.status === 'refused' ? [outcome] : []));
  const lines = [
    `Imported ${imported.length} of ${outcomes.length} reports in ${formatDuration(elapsedMs)} (${jobs} jobs): ${imported.length - warned.length} without warnings, ${warned.length} with warnings; ${refused.length} refused.`,
  ];
  const reasons = countBy(imported.flatMap((outcome) => outcome.warnings.map(warningKind)));
  if (reasons.length > 0) {
    lines.push('Warnings by kind (how many times each was given):');
    for (const [reason, count] of reasons.slice(0, TOP_WARNING_REASONS)) {
      lines.push(`  ${count} × ${reason}`);
    }
    const rest = reasons.slice(TOP_WARNING_REASONS).reduce((sum, [, count]) => sum + count, 0);
    if (rest > 0) lines.push(`  ${rest} × other kinds`);
  }
  if (refused.length > 0) {
    lines.push('Refused:');
    for (const outcome of refused) lines.push(`  ${outcome.file}: ${outcome.reason}`);
  }
  return lines;
}

/** A warning with its particulars folded, so warnings of one kind group together. */
export function warningKind(warning: string): string {
  return warning
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+(?:, \d+)+/g, 'N, …')
    .replace(/\d+/g, 'N');
}

function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
