import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeCharactersIn } from '../support/unsafe-characters.ts';
import { type BotHarness, startHarness, visibleStrings } from './bot-harness.ts';

// A query can carry a right-to-left override or terminal controls; echoed into a title they
// would make the bot's reply read differently from what it says (issue 11, fault 9).

describe('control and bidi characters typed in a query', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.stop());

  it('are not echoed into the embed title of /finding', async () => {
    const record = await harness.standIn
      .sendSlashCommand({
        name: 'finding',
        options: { topic: 'super\u202Evision\u202C\u2066\u0007\u009B\u200F' },
      })
      .waitForResponse();
    const title = record.finalMessage.embeds[0]?.title ?? '';
    expect(title).toContain('supervision');
    expect(unsafeCharactersIn(title)).toEqual([]);
    expect(unsafeCharactersIn(visibleStrings(record.finalMessage).join('\n'))).toEqual([]);
  });

  it('are not echoed into a "not in the sources" reply', async () => {
    const record = await harness.standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'zzqx\u202Eqqzz\u0008' } })
      .waitForResponse();
    expect(unsafeCharactersIn(visibleStrings(record.finalMessage).join('\n'))).toEqual([]);
  });
});

describe('control and bidi characters typed into an autocompleted option', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.stop());

  it.each([
    ['finding', 'topic', 'super\u202Evision'],
    ['who', 'name', 'Tim\u202E Pollard'],
    ['finding', 'council', 'Croy\u2066don\u0007'],
  ])('are not echoed into /%s %s choices', async (name, focused, typed) => {
    const record = await harness.standIn
      .sendAutocomplete({ name, focused, options: { [focused]: typed } })
      .waitForResponse();
    for (const choice of record.choices) {
      expect(unsafeCharactersIn(`${choice.name}\n${choice.value}`)).toEqual([]);
    }
  });
});
