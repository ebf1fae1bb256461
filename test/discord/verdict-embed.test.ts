import { describe, expect, it } from 'vitest';
import type { ClaimVerdict } from '../../src/answer/claim-verdict.ts';
import type { AreaChange } from '../../src/answer/grade-changes.ts';
import { changesEmbed } from '../../src/discord/changes-embed.ts';
import { findLimitViolations } from '../../src/discord/message-limits.ts';
import { verdictEmbed } from '../../src/discord/verdict-embed.ts';
import { liveMention } from './bot-harness.ts';

const verdict = (overrides: Partial<ClaimVerdict> = {}): ClaimVerdict => ({
  kind: 'differs',
  claim: 'the service is still failing',
  claimedGrade: { grade: 'Inadequate', negated: false },
  inspections: ['2024 (ILACS)'],
  judgements: [],
  says: 'Ofsted’s 2024 (ILACS) inspection judged overall effectiveness Good, not Inadequate.',
  ...overrides,
});

describe('verdictEmbed', () => {
  it('quotes the claim, names the claimant as text and says the verdict', () => {
    const embed = verdictEmbed(verdict({ claimant: 'Sam' }));
    expect(embed.title).toBe('The official record differs');
    expect(embed.description).toBe(
      '> “the service is still failing”\n— Sam\n\nOfsted’s 2024 (ILACS) inspection judged overall effectiveness Good, not Inadequate.',
    );
  });

  it('never lets a claim or a claimant ping, format or break the limits', () => {
    const hostile = '@everyone <@123456789012345678> **bold** [link](https://x.test) '.repeat(80);
    const embed = verdictEmbed(verdict({ claim: hostile, claimant: hostile }));
    expect(embed.description).not.toMatch(liveMention);
    expect(embed.description).not.toContain('**bold**');
    expect(findLimitViolations({ embeds: [embed], components: [] })).toEqual([]);
  });

  it('says a silent verdict once: its sentence is the answer’s notice', () => {
    const embed = verdictEmbed(verdict({ kind: 'silent', says: 'Nothing speaks to this.' }));
    expect(embed.title).toBe('The sources are silent on this');
    expect(embed.description).not.toContain('Nothing speaks to this.');
  });
});

describe('changesEmbed', () => {
  const change = (area: string): AreaChange => ({
    area,
    steps: [
      {
        inspection: 'a',
        year: '2017',
        judgement: area,
        grade: 'Inadequate',
        direction: 'first',
        recordId: 'x',
      },
      {
        inspection: 'b',
        year: '2020',
        judgement: area,
        grade: 'Good',
        direction: 'up',
        recordId: 'y',
      },
    ],
  });

  it('gives each area a column, its grades oldest first with arrows', () => {
    const embed = changesEmbed([change('Overall effectiveness')]);
    expect(embed.fields).toEqual([
      { name: 'Overall effectiveness', value: 'Inadequate (2017)\n↑ Good (2020)', inline: true },
    ]);
  });

  it('stays within Discord’s field count, saying how many it shows', () => {
    const embed = changesEmbed(Array.from({ length: 40 }, (_, i) => change(`Area ${i}`)));
    expect(embed.fields?.length).toBeLessThanOrEqual(25);
    expect(embed.title).toMatch(/\(first \d+ of 40\)$/);
    expect(findLimitViolations({ embeds: [embed], components: [] })).toEqual([]);
  });
});
