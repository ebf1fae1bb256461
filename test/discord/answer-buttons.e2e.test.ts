import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFixtureReports } from '../fixtures/imported-reports.ts';
import { type KbBot, startKbBot, textOf } from '../kb/kb-harness.ts';
import { memberPermissions } from '../support/discord-stand-in/index.ts';
import { buttonId } from './bot-harness.ts';

describe('an answer’s own buttons through the Discord stand-in', () => {
  let bot: KbBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });
  const start = async () => {
    const directory = await importFixtureReports(['bromley']);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'buttons-'));
    bot = await startKbBot({ directory, env: { DATA_DIR: dataDir } });
    return { bot, dataDir };
  };

  it('keeps a "not helpful" answer’s question for /kb gaps, and thanks a "helpful" one privately', async () => {
    const { bot, dataDir } = await start();
    const asker = bot.standIn.user(undefined, 'asker');
    const answer = await bot.run({
      name: 'finding',
      options: { topic: 'care leavers' },
      user: asker,
    });
    expect(answer.isEphemeral).toBe(false);
    const message = structuredClone(answer.finalMessage);
    const helpful = await bot.standIn
      .pressButton({ customId: buttonId(message, 'Helpful'), message })
      .waitForResponse();
    expect(helpful.isEphemeral).toBe(true);
    await bot.standIn
      .pressButton({ customId: buttonId(message, 'Not helpful'), message })
      .waitForResponse();
    const kept = () =>
      readFile(path.join(dataDir, 'gaps.jsonl'), 'utf8').then(
        (text) => text,
        () => '',
      );
    await expect.poll(kept, { timeout: 10_000 }).toContain('"kind":"unhelpful"');
    expect(await kept()).not.toContain(asker.id);
    const gaps = await bot.run({
      name: 'kb',
      subcommand: 'gaps',
      permissions: memberPermissions.manageServer,
    });
    expect(textOf(gaps.finalMessage)).toContain(
      '×1 “care leavers” · Bromley · answered, not helpful',
    );
  });

  it('lets the asker dismiss a public answer, and nobody else without Manage Messages', async () => {
    const { bot } = await start();
    const asker = bot.standIn.user(undefined, 'asker');
    const answer = await bot.run({
      name: 'finding',
      options: { topic: 'care leavers' },
      user: asker,
    });
    const message = structuredClone(answer.finalMessage);
    const other = bot.standIn.user(undefined, 'other');
    const refused = await bot.standIn
      .pressButton({
        customId: buttonId(message, 'Dismiss'),
        message,
        user: other,
        permissions: memberPermissions.plain,
      })
      .waitForResponse();
    expect(textOf(refused.finalMessage)).toMatch(/^Only the person who asked/);
    expect(refused.actions.some((action) => action.kind === 'delete')).toBe(false);
    const dismissed = bot.standIn.pressButton({
      customId: buttonId(message, 'Dismiss'),
      message,
      user: asker,
    });
    await expect
      .poll(() => dismissed.actions.filter((action) => action.kind === 'delete'))
      .toEqual([{ kind: 'delete', messageId: message.id, original: true }]);
  });
});
