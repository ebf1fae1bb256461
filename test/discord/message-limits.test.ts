import { describe, expect, it } from 'vitest';
import { discordLimits } from '../../src/discord/discord-limits.ts';
import { findLimitViolations } from '../../src/discord/message-limits.ts';
import { MESSAGE_LIMITS } from '../support/discord-stand-in/index.ts';

const x = (n: number) => 'x'.repeat(n);

describe('findLimitViolations', () => {
  it('agrees with the stand-in on every limit they share', () => {
    expect(discordLimits).toMatchObject({
      content: MESSAGE_LIMITS.content,
      embedTitle: MESSAGE_LIMITS.embedTitle,
      embedDescription: MESSAGE_LIMITS.embedDescription,
      embedFields: MESSAGE_LIMITS.embedFields,
      embedFieldName: MESSAGE_LIMITS.embedFieldName,
      embedFieldValue: MESSAGE_LIMITS.embedFieldValue,
      embedFooter: MESSAGE_LIMITS.embedFooterText,
      embedTotal: MESSAGE_LIMITS.embedTotal,
      embeds: MESSAGE_LIMITS.embeds,
      actionRows: MESSAGE_LIMITS.actionRows,
      buttonsPerRow: MESSAGE_LIMITS.componentsPerRow,
      buttonLabel: MESSAGE_LIMITS.buttonLabel,
      customId: MESSAGE_LIMITS.customId,
      autocompleteChoices: MESSAGE_LIMITS.autocompleteChoices,
      choiceName: MESSAGE_LIMITS.choiceName,
    });
  });

  it('passes a message exactly at the limits', () => {
    const field = { name: x(256), value: x(1024) };
    expect(
      findLimitViolations({
        content: x(2000),
        embeds: [{ title: x(256), description: x(4096), footer: { text: x(1000) } }],
      }),
    ).toEqual([]);
    expect(
      findLimitViolations({
        embeds: [{ fields: [field, field, field, field, { name: 'a', value: x(879) }] }],
      }),
    ).toEqual([]);
  });

  it('reports each limit broken, naming where', () => {
    expect(findLimitViolations({ content: x(2001) })).toEqual([
      'content is 2001 characters (limit 2000)',
    ]);
    expect(findLimitViolations({ embeds: [{ title: x(257) }] })).toEqual([
      'embed 0 title is 257 characters (limit 256)',
    ]);
    expect(findLimitViolations({ embeds: [{ fields: [{ name: 'a', value: x(1025) }] }] })).toEqual([
      'embed 0 field 0 value is 1025 characters (limit 1024)',
    ]);
    expect(findLimitViolations({ embeds: [{ fields: [{ name: '', value: 'v' }] }] })).toEqual([
      'embed 0 field 0 is empty',
    ]);
    expect(
      findLimitViolations({ embeds: [{ description: x(4000) }, { description: x(2001) }] }),
    ).toEqual(['all embeds together is 6001 characters (limit 6000)']);
    expect(
      findLimitViolations({ embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }),
    ).toEqual(['11 embeds (limit 10)']);
    expect(
      findLimitViolations({
        content: 'x',
        components: [{ components: [{ custom_id: x(101), label: x(81) }] }],
      }),
    ).toEqual([
      'button custom id is 101 characters (limit 100)',
      'button label is 81 characters (limit 80)',
    ]);
    expect(findLimitViolations({})).toEqual(['message is empty']);
  });
});
