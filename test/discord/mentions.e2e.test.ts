import { SlashCommandBuilder } from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CommandModule } from '../../src/discord/command-module.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';
import type { InteractionRecord } from '../support/discord-stand-in/index.ts';
import {
  type BotHarness,
  fieldsOf,
  liveMentions,
  messageLimitViolations,
  startHarness,
  textOf,
} from './bot-harness.ts';

/** The message part of a callback body, as far as the mention check reads it. */
const callbackData = z.object({
  content: z.string().nullish(),
  embeds: z
    .array(
      z.object({
        title: z.string().optional(),
        description: z.string().optional(),
        footer: z.object({ text: z.string() }).optional(),
        author: z.object({ name: z.string() }).optional(),
        fields: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
      }),
    )
    .nullish(),
  components: z.array(z.looseObject({})).nullish(),
});

/** Everything the bot sent for an interaction, as the messages now stand. */
function everyMessage(record: InteractionRecord) {
  return [record.finalMessage, ...record.followUps];
}

function expectNoPing(record: InteractionRecord): void {
  for (const message of everyMessage(record)) {
    expect(liveMentions(message)).toEqual([]);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  }
  // Every message body the bot sent, not only the final state of the message.
  for (const action of record.actions) {
    if (action.kind === 'edit' || action.kind === 'followUp') {
      expect(liveMentions(action.data)).toEqual([]);
    } else if (action.kind === 'callback') {
      const parsed = callbackData.safeParse(action.data);
      if (parsed.success) expect(liveMentions(parsed.data)).toEqual([]);
    }
  }
}

/** Echoes whatever it is given as a notice, the way /help and /kb replies are built. */
const echo: CommandModule = {
  definition: new SlashCommandBuilder()
    .setName('echo')
    .setDescription('Echoes text as a notice (test only)')
    .addStringOption((option) => option.setName('title').setDescription('Title').setRequired(true))
    .addStringOption((option) => option.setName('lines').setDescription('Lines').setRequired(true))
    .toJSON(),
  execute(interaction) {
    const lines = interaction.options.getString('lines', true).split('\u0000');
    return {
      kind: 'notice',
      title: interaction.options.getString('title', true),
      lines,
      ok: true,
      private: false,
    };
  },
};

describe('mentions typed by users are never live in replies', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness({ extraCommands: [echo] });
  });
  afterAll(() => harness.stop());

  it('/finding topic:@everyone', async () => {
    const record = await harness.standIn
      .sendSlashCommand({ name: 'finding', options: { topic: '@everyone' } })
      .waitForResponse();
    expectNoPing(record);
    // The text is still shown, broken by a zero-width space.
    expect(textOf(record.finalMessage)).toContain('@\u200beveryone');
  });

  it('/who name:<@123456789012345678>', async () => {
    const record = await harness.standIn
      .sendSlashCommand({ name: 'who', options: { name: '<@123456789012345678>' } })
      .waitForResponse();
    expectNoPing(record);
    expect(textOf(record.finalMessage)).toContain('<\u200b@\u200b123456789012345678>');
  });

  it('/ask question:@here supervision', async () => {
    const record = await harness.standIn
      .sendSlashCommand({ name: 'ask', options: { question: '@here supervision' } })
      .waitForResponse();
    expectNoPing(record);
    expect(textOf(record.finalMessage)).toContain('@\u200bhere');
  });

  it('role and nickname mentions, in every command that takes text', async () => {
    const typed = '<@&223456789012345678> <@!323456789012345678> @everyone @here';
    const sent = [
      harness.standIn.sendSlashCommand({ name: 'finding', options: { topic: typed } }),
      harness.standIn.sendSlashCommand({ name: 'who', options: { name: typed } }),
      harness.standIn.sendSlashCommand({ name: 'ask', options: { question: typed } }),
      harness.standIn.sendSlashCommand({ name: 'rating', options: { inspection: typed } }),
    ];
    for (const record of await Promise.all(sent.map((r) => r.waitForResponse()))) {
      expectNoPing(record);
    }
  });

  it('notices with arbitrary text stay within limits and never ping', async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '@everyone',
        '@here',
        '<@123456789012345678>',
        '<@&1234567890123456>',
        '**',
        '`',
        '\n',
      ),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 1500 }),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(' '));
    await fc.assert(
      fc.asyncProperty(
        text.filter((title) => title.trim() !== ''),
        fc.array(
          text.filter((line) => !line.includes('\u0000')),
          { minLength: 1, maxLength: 8 },
        ),
        async (title, lines) => {
          const record = await harness.standIn
            .sendSlashCommand({ name: 'echo', options: { title, lines: lines.join('\u0000') } })
            .waitForResponse();
          expectNoPing(record);
          expect(messageLimitViolations(record.finalMessage)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('documents that quote mention syntax', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startHarness({
      env: { KNOWLEDGE_DIR: fixturePath('discord', 'knowledge') },
    });
  });
  afterAll(() => harness.stop());

  it('surface escaped: quoted verbatim, mentions broken, nobody pinged', async () => {
    const record = await harness.standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'fostering panel' } })
      .waitForResponse();
    expectNoPing(record);
    const fields = fieldsOf(record.finalMessage);
    const quoted = fields.find((field) => field.value.includes('team chat'));
    expect(quoted?.value).toContain('"@\u200beveryone please read"');
    expect(quoted?.value).toContain('tagging <\u200b@\u200b123456789012345678>');
    const press = fields.find((field) => field.value.includes('Example Party told'));
    expect(press?.value).toContain('told @\u200bhere members');
    // The press release's title quotes a role mention; its citation line shows it broken.
    expect(press?.value).toContain('says <\u200b@\u200b&987654321098765432> ignored');
  });

  it('/sources shows a title with a role mention broken', async () => {
    const record = await harness.standIn.sendSlashCommand({ name: 'sources' }).waitForResponse();
    expectNoPing(record);
    expect(fieldsOf(record.finalMessage).map((field) => field.name)).toContain(
      'Fixtureton party says <\u200b@\u200b&987654321098765432> ignored the fostering panel',
    );
  });

  it('Markdown in a quote is shown as typed', async () => {
    const record = await harness.standIn
      .sendSlashCommand({ name: 'finding', options: { topic: 'reflection records' } })
      .waitForResponse();
    const quoted = fieldsOf(record.finalMessage).find((field) =>
      field.value.includes('Fixtureton is regular'),
    );
    expect(quoted?.value).toMatch(/\\\*brief\\\*/);
    expect(quoted?.value).toMatch(/\\_\\_(\*\*)?reflection(\*\*)?\\_\\_/);
  });
});
