import type { APIEmbed } from 'discord.js';
import { type ClaimVerdict, verdictHeadings } from '../answer/claim-verdict.ts';
import { safeText } from './safe-text.ts';

const colours = {
  agrees: 0x2e7d32,
  differs: 0xc62828,
  silent: 0x546e7a,
  'see-findings': 0xef6c00,
} as const;

/**
 * The verdict of /check above its cited results: the claim quoted (and whose message it was, by
 * name as plain text, so nobody is pinged), then where the record agrees, differs or is silent.
 */
export function verdictEmbed(verdict: ClaimVerdict): APIEmbed {
  const lines = [`> “${safeText(verdict.claim, 400)}”`];
  if (verdict.claimant) lines.push(`— ${safeText(verdict.claimant, 80)}`);
  // A silent verdict's sentence is the answer's notice, shown beneath; it is not said twice.
  if (verdict.kind !== 'silent') lines.push('', safeText(verdict.says, 1500));
  return {
    title: verdictHeadings[verdict.kind],
    description: lines.join('\n'),
    color: colours[verdict.kind],
  };
}
