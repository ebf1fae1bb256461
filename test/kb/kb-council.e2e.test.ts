import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureReports } from '../fixtures/imported-reports.ts';
import { memberPermissions } from '../support/discord-stand-in/index.ts';
import { type KbBot, startKbBot, textOf } from './kb-harness.ts';

const moderator = { permissions: memberPermissions.manageServer };

describe('councils through the Discord stand-in', () => {
  let directory: string;
  let dataDir: string;
  let kb: KbBot | undefined;
  beforeAll(async () => {
    directory = await importFixtureReports(['bromley', 'lambeth']);
    dataDir = await mkdtemp(path.join(tmpdir(), 'server-settings-'));
  }, 60_000);
  const start = async () => {
    kb = await startKbBot({ directory, env: { DATA_DIR: dataDir } });
    return kb;
  };
  afterEach(async () => {
    await kb?.stop();
    kb = undefined;
  });
  afterAll(async () => kb?.stop());

  const ask = async (bot: KbBot, name: string, options: Record<string, string> = {}) =>
    bot.run({ name, options });

  it('asks which council, privately, when a server has no default and the question names none', async () => {
    const bot = await start();
    const record = await ask(bot, 'finding', { topic: 'supervision' });
    expect(record.isEphemeral).toBe(true);
    expect(textOf(record.finalMessage)).toMatch(
      /Which council do you mean\?.*Loaded: Bromley, Lambeth\./s,
    );
  });

  it('offers the loaded councils in the council option, aliases and all', async () => {
    const bot = await start();
    const record = await bot.standIn
      .sendAutocomplete({ name: 'finding', focused: 'council', options: { council: 'lamb' } })
      .waitForResponse();
    expect(record.callbacks[0]?.data).toEqual({
      choices: [{ name: 'Lambeth', value: 'lambeth' }],
    });
  });

  it('answers from the council option, and a council the question names, never another', async () => {
    const bot = await start();
    const byOption = await ask(bot, 'finding', { topic: 'care leavers', council: 'Bromley' });
    expect(byOption.finalMessage.embeds[0]?.title).toBe('Bromley: Findings on “care leavers”');
    expect(textOf(byOption.finalMessage)).not.toMatch(/Lambeth/);
    const named = await ask(bot, 'ask', {
      question: "How did Ofsted rate Lambeth's children's services?",
    });
    expect(named.finalMessage.embeds[0]?.title).toMatch(/^Lambeth: /);
    expect(textOf(named.finalMessage)).toMatch(/Requires improvement to be good/);
  });

  it('refuses a council whose reports are not loaded, naming it', async () => {
    const bot = await start();
    const record = await ask(bot, 'rating', { council: 'Sutton' });
    expect(record.isEphemeral).toBe(true);
    expect(textOf(record.finalMessage)).toMatch(
      /Sutton’s reports are not loaded.*Loaded: Bromley, Lambeth/s,
    );
  });

  it('/kb council sets the server’s default, which survives a restart; a plain member cannot', async () => {
    let bot = await start();
    const denied = await bot.run({
      name: 'kb',
      subcommand: 'council',
      options: { council: 'Lambeth' },
      permissions: memberPermissions.plain,
    });
    expect(textOf(denied.finalMessage)).toMatch(/^Not allowed/);
    const set = await bot.run({
      name: 'kb',
      subcommand: 'council',
      options: { council: 'bromly' },
      ...moderator,
    });
    expect(set.isEphemeral).toBe(true);
    expect(textOf(set.finalMessage)).toMatch(/^Default council: Bromley/);
    await bot.stop();
    kb = undefined;

    bot = await start();
    const finding = await ask(bot, 'finding', { topic: 'supervision' });
    expect(finding.finalMessage.embeds[0]?.title).toBe('Bromley: Findings on “supervision”');
    const shown = await bot.run({ name: 'kb', subcommand: 'council', ...moderator });
    expect(textOf(shown.finalMessage)).toMatch(/This server’s default council is Bromley\./);
    const cleared = await bot.run({
      name: 'kb',
      subcommand: 'council',
      options: { clear: true } as never,
      ...moderator,
    });
    expect(textOf(cleared.finalMessage)).toMatch(/^Default council cleared/);
  });

  it('/kb add records the server’s default council on the document, or the one named', async () => {
    const bot = await start();
    await bot.run({
      name: 'kb',
      subcommand: 'council',
      options: { council: 'Lambeth' },
      ...moderator,
    });
    const add = async (title: string, extra: Record<string, string> = {}) => {
      const file = bot.standIn.addAttachment({
        filename: `${title}.md`,
        contentType: 'text/markdown',
        bytes: '# Fostering\n\nFoster carers waited eleven months for panel approval.\n',
      });
      return bot.run(
        {
          name: 'kb',
          subcommand: 'add',
          options: {
            file,
            title,
            publisher: 'A council',
            published: '2024-05-01',
            kind: 'council-statement',
            ...extra,
          },
          ...moderator,
        },
        20_000,
      );
    };
    expect(textOf((await add('Fostering update')).finalMessage)).toMatch(/^Added fostering-update/);
    expect(textOf((await add('Bromley fostering', { council: 'Bromley' })).finalMessage)).toMatch(
      /^Added bromley-fostering/,
    );
    const documents = bot.store.current().library.knowledgeBase.documentsById;
    expect(documents.get('fostering-update')?.meta.council?.id).toBe('lambeth');
    expect(documents.get('bromley-fostering')?.meta.council?.id).toBe('bromley');
    // Each council's answers quote only its own document.
    const lambeth = await ask(bot, 'finding', { topic: 'panel approval', council: 'Lambeth' });
    expect(textOf(lambeth.finalMessage)).toContain('Fostering update');
    expect(textOf(lambeth.finalMessage)).not.toContain('Bromley fostering');
    await bot.run({
      name: 'kb',
      subcommand: 'council',
      options: { clear: true } as never,
      ...moderator,
    });
  });

  it('/kb gaps lists what went unanswered, most asked first, never a message about a child', async () => {
    const bot = await start();
    for (let i = 0; i < 2; i += 1) {
      await ask(bot, 'ask', { question: 'How did Ofsted rate Sutton?' });
    }
    await ask(bot, 'finding', { topic: 'zeppelin maintenance', council: 'Bromley' });
    await ask(bot, 'ask', { question: "my neighbour's kid is being hit, what do I do" });
    // A question is kept after its reply has gone out: wait until all three are written.
    const kept = () =>
      readFile(path.join(dataDir, 'gaps.jsonl'), 'utf8').then(
        (text) => text.trim().split('\n').length,
        () => 0,
      );
    await expect.poll(kept, { timeout: 10_000 }).toBe(3);
    const gaps = textOf(
      (await bot.run({ name: 'kb', subcommand: 'gaps', ...moderator })).finalMessage,
    );
    expect(gaps).toMatch(/^Unanswered questions: 2 most asked/);
    expect(gaps).toMatch(
      /×2 “How did Ofsted rate Sutton\?” · council not loaded\n×1 “zeppelin maintenance” · Bromley/,
    );
    expect(gaps).not.toContain('neighbour');
    const denied = await bot.run({
      name: 'kb',
      subcommand: 'gaps',
      permissions: memberPermissions.plain,
    });
    expect(textOf(denied.finalMessage)).toMatch(/^Not allowed/);
  });

  it('/rating chart:true attaches a PNG of the judgements over time, wider for two councils', async () => {
    const bot = await start();
    const size = async (options: Record<string, string | boolean>) => {
      const record = await bot.run(
        { name: 'rating', options: options as Record<string, string> },
        20_000,
      );
      const [attachment] = record.finalMessage.attachments;
      expect(attachment?.filename).toBe('ratings.png');
      const png = new Uint8Array(await (await fetch(attachment?.url ?? '')).arrayBuffer());
      const view = new DataView(png.buffer);
      return { width: view.getUint32(16), height: view.getUint32(20) };
    };
    const one = await size({ council: 'Bromley', chart: true });
    const two = await size({ council: 'Bromley', compare: 'Lambeth', chart: true });
    expect(two.width).toBe(2 * one.width);
    expect(two.height).toBe(one.height);
  });

  it('/rating puts two councils side by side', async () => {
    const bot = await start();
    const record = await ask(bot, 'rating', { council: 'Bromley', compare: 'Lambeth' });
    const text = textOf(record.finalMessage);
    const [overview, main] = record.finalMessage.embeds;
    expect(main?.title).toBe('Ratings: Bromley and Lambeth side by side');
    expect(overview?.fields?.map((field) => field.name)).toEqual([
      'Bromley · Bromley 2023 (ILACS short)',
      'Lambeth · Lambeth 2022 (ILACS)',
    ]);
    expect(text).toMatch(
      /Overall effectiveness: Bromley Outstanding \(2023\) · Lambeth Requires improvement to be good \(2022\)/,
    );
  });
});
