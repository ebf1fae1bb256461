import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importManifestReports } from '../../src/knowledge/manifest/import-manifest-reports.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';
import { memberPermissions, type SlashCommandInput } from '../support/discord-stand-in/index.ts';
import { type KbBot, startKbBot, textOf } from './kb-harness.ts';

const moderator = { permissions: memberPermissions.manageServer };
const manifest = fixturePath('reports', 'manifest.csv');
const announcements = '123456789012345678';

describe('/kb subscribe through the Discord stand-in', () => {
  let bot: KbBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('announces a new report for the server’s council once, its grades against the last', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'subscribe-'));
    await importManifestReports(
      manifest,
      directory,
      (row) => row.file === 'bromley--2016-06-27.pdf',
    );
    bot = await startKbBot({
      directory,
      env: { DATA_DIR: await mkdtemp(path.join(tmpdir(), 'data-')) },
    });
    const running = bot;
    const kb = (
      subcommand: string,
      options: SlashCommandInput['options'] = {},
      who: Partial<SlashCommandInput> = moderator,
    ) => running.run({ name: 'kb', subcommand, options, ...who }, 20_000);
    const channel = [{ name: 'channel', type: 7, value: announcements }];

    const early = await kb('subscribe', channel);
    expect(textOf(early?.finalMessage ?? ({ content: '', embeds: [] } as never))).toMatch(
      /default council first/,
    );
    await kb('council', { council: 'Bromley' });
    const plain = await kb('subscribe', channel, {
      permissions: memberPermissions.plain,
    });
    expect(textOf(plain?.finalMessage as never)).toMatch(/^Not allowed/);
    const subscribed = await kb('subscribe', channel);
    expect(textOf(subscribed?.finalMessage as never)).toMatch(
      /^Announcing new reports for Bromley/,
    );

    await importManifestReports(
      manifest,
      directory,
      (row) => row.file === 'bromley--2024-01-12.pdf',
    );
    await kb('refresh');
    await expect.poll(() => running.standIn.channelPosts.length, { timeout: 10_000 }).toBe(1);
    const [post] = running.standIn.channelPosts;
    expect(post?.channelId).toBe(announcements);
    expect(post?.data.allowed_mentions).toEqual({ parse: [] });
    const [embed] = post?.data.embeds ?? [];
    expect(embed?.title).toBe('New Ofsted report: Bromley');
    expect(embed?.url).toBe('https://files.ofsted.gov.uk/v1/file/50237004');
    expect(embed?.description).toContain('Overall effectiveness: **Outstanding** (was Inadequate)');

    await kb('refresh');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(running.standIn.channelPosts).toHaveLength(1);
  }, 60_000);
});
