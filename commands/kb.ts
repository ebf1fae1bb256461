import {
  Attachment,
  type AutocompleteInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import type { CommandContext, CommandReply } from '../src/discord/command-module.ts';
import { memberRoleIds } from '../src/discord/member-role-ids.ts';
import { readOptions } from '../src/discord/read-options.ts';
import { truncateAtWord } from '../src/discord/safe-text.ts';
import { documentChoices } from '../src/kb/document-choices.ts';
import { documentCouncil } from '../src/kb/document-council.ts';
import { type KbAction, kbActionNames } from '../src/kb/kb-action.ts';
import { checkModeratorAccess } from '../src/kb/moderator-access.ts';
import { runKbAction } from '../src/kb/run-kb-action.ts';
import { type CouncilRef, datePrecisionSchema } from '../src/knowledge/document-schema.ts';
import { sourceKindLabels, sourceKindSchema, sourceKinds } from '../src/knowledge/source-kind.ts';
import { UserError } from '../src/user-error.ts';

export const definition = new SlashCommandBuilder()
  .setName('kb')
  .setDescription('Moderators: reload, inspect, add or remove the documents the bot answers from')
  // Discord hides /kb from members without Manage Server; the handler checks again regardless.
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('refresh')
      .setDescription('Reload the knowledge folder; keeps the old one if anything is invalid'),
  )
  .addSubcommand((sub) =>
    sub
      .setName('status')
      .setDescription('What is loaded: counts, content hash, last refresh, skipped files'),
  )
  .addSubcommand((sub) =>
    sub
      .setName('add')
      .setDescription('Add a document from a .md, .txt (UTF-8) or .pdf attachment, then refresh')
      .addAttachmentOption((option) =>
        option
          .setName('file')
          .setDescription('The document: .md, .txt (UTF-8) or an inspection report .pdf')
          .setRequired(true),
      )
      .addStringOption((option) =>
        option
          .setName('title')
          .setDescription('Its title; the document id is made from it')
          .setRequired(true)
          .setMaxLength(200),
      )
      .addStringOption((option) =>
        option
          .setName('publisher')
          .setDescription('Who published it, e.g. Ofsted')
          .setRequired(true)
          .setMaxLength(200),
      )
      .addStringOption((option) =>
        option
          .setName('published')
          .setDescription('Publication date as YYYY-MM-DD')
          .setRequired(true)
          .setMinLength(10)
          .setMaxLength(10),
      )
      .addStringOption((option) =>
        option
          .setName('kind')
          .setDescription('What kind of source it is')
          .setRequired(true)
          .addChoices(
            sourceKinds.map((kind) => ({
              name: sourceKindLabels[kind].slice(0, 100),
              value: kind,
            })),
          ),
      )
      .addStringOption((option) =>
        option
          .setName('url')
          .setDescription('Where it is published (http or https)')
          .setMaxLength(500),
      )
      .addStringOption((option) =>
        option
          .setName('date_precision')
          .setDescription('How exactly the date is known (default: day)')
          .addChoices(
            datePrecisionSchema.options.map((precision) => ({ name: precision, value: precision })),
          ),
      )
      .addStringOption((option) =>
        option
          .setName('council')
          .setDescription('The council it is about (default: this server’s default council)')
          .setMaxLength(100)
          .setAutocomplete(true),
      )
      .addBooleanOption((option) =>
        option
          .setName('replace')
          .setDescription('Replace a document with the same id (the old one is kept aside)'),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('council')
      .setDescription('Show or set the council this server’s questions are about by default')
      .addStringOption((option) =>
        option
          .setName('council')
          .setDescription('A loaded council; leave out to see the current default')
          .setMaxLength(100)
          .setAutocomplete(true),
      )
      .addBooleanOption((option) =>
        option.setName('clear').setDescription('Clear the default instead'),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('subscribe')
      .setDescription('Announce new reports for this server’s default council in a channel')
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Where to post announcements')
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
      )
      .addBooleanOption((option) => option.setName('clear').setDescription('Stop announcing')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('gaps')
      .setDescription('What members asked that nothing answered, most asked first'),
  )
  .addSubcommand((sub) =>
    sub
      .setName('remove')
      .setDescription('Move a document aside (recoverable from .removed/), then refresh')
      .addStringOption((option) =>
        option
          .setName('id')
          .setDescription('The document id')
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  )
  .toJSON();

const text = (max: number) => z.string().trim().min(1, 'cannot be empty').max(max);

const options = z.discriminatedUnion('subcommand', [
  z.object({ subcommand: z.literal('refresh') }),
  z.object({ subcommand: z.literal('status') }),
  z.object({ subcommand: z.literal('gaps') }),
  z.object({
    subcommand: z.literal('subscribe'),
    channel: z
      .string()
      .regex(/^\d{17,20}$/)
      .optional(),
    clear: z.boolean().default(false),
  }),
  z.object({
    subcommand: z.literal('add'),
    file: z.custom<Attachment>((value) => value instanceof Attachment, 'must be an attached file'),
    title: text(200),
    publisher: text(200),
    published: z.iso.date('must be a date written YYYY-MM-DD'),
    kind: sourceKindSchema,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) link' }).optional(),
    date_precision: datePrecisionSchema.default('day'),
    council: text(100).optional(),
    replace: z.boolean().default(false),
  }),
  z.object({ subcommand: z.literal('remove'), id: text(100) }),
  z.object({
    subcommand: z.literal('council'),
    council: text(100).optional(),
    clear: z.boolean().default(false),
  }),
]);

function toAction(
  parsed: z.infer<typeof options>,
  councilOf: (typed: string | undefined) => CouncilRef | undefined,
): KbAction {
  switch (parsed.subcommand) {
    case 'refresh':
    case 'status':
    case 'gaps':
      return { name: parsed.subcommand };
    case 'remove':
      return { name: 'remove', id: parsed.id };
    case 'council':
      return { name: 'council', council: parsed.council, clear: parsed.clear };
    case 'subscribe':
      return { name: 'subscribe', channelId: parsed.channel, clear: parsed.clear };
    case 'add':
      return {
        name: 'add',
        attachment: { filename: parsed.file.name, size: parsed.file.size, url: parsed.file.url },
        details: {
          title: parsed.title,
          publisher: parsed.publisher,
          published: parsed.published,
          kind: parsed.kind,
          url: parsed.url ?? null,
          datePrecision: parsed.date_precision,
          council: councilOf(parsed.council),
        },
        replace: parsed.replace,
      };
  }
}

export const deferPrivately = true;

export async function execute(
  interaction: ChatInputCommandInteraction,
  { store, settings, gaps, config, logger }: CommandContext,
): Promise<CommandReply> {
  const subcommand = interaction.options.getSubcommand(false) ?? '';
  const known = z.enum(kbActionNames).safeParse(subcommand);
  // Stale definitions (an older deploy) can still send a subcommand the bot no longer has:
  // the caller's mistake, so a plain reply and an info line rather than a logged bug.
  if (!known.success) {
    throw new UserError(
      'bad-input',
      `Unknown /kb subcommand "${truncateAtWord(subcommand, 32)}"; these are: ${kbActionNames.join(', ')}.`,
    );
  }
  const name = known.data;
  const access = checkModeratorAccess({
    permissions: interaction.memberPermissions?.bitfield.toString() ?? null,
    roleIds: memberRoleIds(interaction.member),
    adminRoleIds: config.kbAdminRoleIds,
  });
  const report = await runKbAction(
    {
      name,
      actor: {
        userId: interaction.user.id,
        label: `${interaction.user.username} (${interaction.user.id})`,
        guildId: interaction.guildId,
      },
      allowed: access.allowed,
      readAction: () =>
        toAction(readOptions(interaction, options), (typed) =>
          documentCouncil(
            store.current().library,
            typed,
            settings.defaultCouncil(interaction.guildId),
          ),
        ),
    },
    {
      store,
      settings,
      ...(gaps ? { gaps } : {}),
      logger,
      maxAttachmentBytes: config.kbMaxAttachmentBytes,
    },
  );
  return { kind: 'notice', ...report, private: true };
}

export function autocomplete(interaction: AutocompleteInteraction, { store, api }: CommandContext) {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'council') return api.councilChoices(focused.value);
  return documentChoices(store.current().library.knowledgeBase, focused.value);
}
