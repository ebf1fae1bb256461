import type { Answer } from '../answer/answer.ts';
import { verdictHeadings } from '../answer/claim-verdict.ts';
import { describeChange } from '../answer/grade-changes.ts';

/**
 * The lines a terminal shows above an answer's results for /check (the claim, who made it and
 * the verdict) and /changes (one line per judgement area); none for other answers.
 */
export function formatOverviewText(answer: Answer): string[] {
  const lines: string[] = [];
  const verdict = answer.verdict;
  if (verdict) {
    const by = verdict.claimant ? ` (${verdict.claimant})` : '';
    lines.push(`Claim${by}: “${verdict.claim}”`, `${verdictHeadings[verdict.kind]}.`);
    // A silent verdict's sentence is already the answer's notice.
    if (verdict.kind !== 'silent') lines.push(verdict.says);
  }
  for (const change of answer.changes ?? []) lines.push(describeChange(change));
  return lines;
}
