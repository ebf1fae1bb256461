import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type InteractionRecord,
  memberPermissions,
  type OptionValue,
  type SlashCommandInput,
  type StandInAttachment,
} from '../support/discord-stand-in/index.ts';
import { type KbBot, startKbBot, textOf } from './kb-harness.ts';
import { createSlowLoad } from './slow-load.ts';
import { copyKnowledge, listTree, type TempKnowledge } from './temp-knowledge.ts';

const adminRoleId = '345678901234567890';
const bundledPdf = path.resolve(
  import.meta.dirname,
  '../../knowledge/originals/croydon-ofsted-2024.pdf',
);
const moderator = { permissions: memberPermissions.manageServer };
const fosteringBody =
  '# Fostering\n\nFoster carers in Fixtureton waited eleven months for panel approval.\n';

describe('/kb through the Discord stand-in', () => {
  let knowledge: TempKnowledge;
  let kb: KbBot;

  async function start(options: Partial<Parameters<typeof startKbBot>[0]> = {}) {
    knowledge = await copyKnowledge();
    kb = await startKbBot({
      directory: knowledge.directory,
      ...options,
      env: { KB_ADMIN_ROLE_IDS: adminRoleId, ...options.env },
    });
  }
  afterEach(async () => {
    await kb?.stop();
    await knowledge?.remove();
  });

  const file = (name: string) => path.join(knowledge.directory, name);
  const kbCommand = (subcommand: string, extra: Partial<SlashCommandInput> = {}) =>
    kb.run({ name: 'kb', subcommand, ...moderator, ...extra }, 20_000);
  const finding = async (topic: string) =>
    textOf((await kb.run({ name: 'finding', options: { topic } })).finalMessage);
  const attach = (filename: string, bytes: Uint8Array | string, contentType = 'text/markdown') =>
    kb.standIn.addAttachment({ filename, contentType, bytes });
  const addOptions = (
    file: StandInAttachment,
    title: string,
    extra: Record<string, OptionValue> = {},
  ): Record<string, OptionValue> => ({
    file,
    title,
    publisher: 'Fixtureton Council',
    published: '2019-05-01',
    kind: 'council-statement',
    ...extra,
  });
  const reply = (record: InteractionRecord) => textOf(record.finalMessage);
  const auditLines = () =>
    kb.logEntries().filter((entry) => entry.audit === true) as Array<Record<string, unknown>>;

  it('registers /kb for Manage Server, in servers only, with its sub-commands', async () => {
    await start();
    const registered = kb.standIn.registeredCommands.flatMap((set) => set.commands);
    const definition = registered.find((command) => command.name === 'kb');
    expect(definition).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    expect(definition?.options?.map((option) => option.name)).toEqual([
      'refresh',
      'status',
      'add',
      'council',
      'subscribe',
      'gaps',
      'remove',
    ]);
    const choices = await kb.standIn
      .sendAutocomplete({
        name: 'kb',
        subcommand: 'remove',
        focused: 'id',
        options: { id: 'ofsted-20' },
      })
      .waitForResponse();
    expect(choices.choices.map((choice) => choice.value)).toEqual(['ofsted-2012', 'ofsted-2017']);
  });

  it('changes what /finding answers after a document is edited and refreshed', async () => {
    await start();
    expect(await finding('supervision')).toContain('infrequent and lacks reflection');
    const ofsted = await readFile(file('ofsted-2017.md'), 'utf8');
    await writeFile(
      file('ofsted-2017.md'),
      ofsted.replace('infrequent and lacks reflection', 'weekly and reflective'),
    );

    const refreshed = await kbCommand('refresh');
    expect(refreshed.isEphemeral).toBe(true);
    expect(reply(refreshed)).toMatch(/Knowledge refreshed[\s\S]*Changed \(1\): ofsted-2017/);
    expect(reply(refreshed)).toMatch(/Documents 3 · passages 8 · facts 3\nTook \d+ ms/);
    const after = await finding('supervision');
    expect(after).toContain('weekly and reflective');
    expect(after).not.toContain('infrequent and lacks reflection');
    expect(auditLines()).toEqual([
      expect.objectContaining({
        action: 'refresh',
        outcome: 'refreshed',
        userId: expect.any(String),
        guildId: kb.standIn.guildId,
        changed: ['ofsted-2017'],
      }),
    ]);
  });

  it('keeps answering from the old knowledge and lists the problems when a document breaks', async () => {
    await start();
    const ofsted = await readFile(file('ofsted-2017.md'), 'utf8');
    await writeFile(
      file('ofsted-2017.md'),
      ofsted.replace(/^publisher:.*\n/m, '').replace('infrequent', 'weekly'),
    );
    const refused = await kbCommand('refresh');
    const text = reply(refused);
    expect(text).toMatch(/Refresh refused: \d+ problems; still serving the previous knowledge/);
    expect(text).toContain('ofsted-2017.md · publisher: is required');
    expect(await finding('supervision')).toContain('infrequent and lacks reflection');

    const status = reply(await kbCommand('status'));
    expect(status).toContain('by start-up');
    expect(status).toContain('No documents were skipped.');
    expect(auditLines().map((line) => [line.action, line.outcome])).toEqual([
      ['refresh', 'invalid'],
      ['status', 'shown'],
    ]);
  });

  it('adds a .md attachment, answers from it, then removes it into .removed/', async () => {
    await start();
    expect(await finding('foster carers panel')).not.toContain('waited eleven months');
    const added = await kbCommand('add', {
      options: addOptions(attach('panel.md', fosteringBody), 'Fostering panel delays'),
    });
    expect(reply(added)).toMatch(
      /Added fostering-panel-delays[\s\S]*Saved as fostering-panel-delays\.md[\s\S]*Added \(1\): fostering-panel-delays/,
    );
    expect(await finding('foster carers panel')).toContain('waited eleven months');
    expect(await readFile(file('fostering-panel-delays.md'), 'utf8')).toContain(fosteringBody);

    const again = await kbCommand('add', {
      options: addOptions(attach('panel.md', fosteringBody), 'Fostering panel delays'),
    });
    expect(reply(again)).toMatch(/already exists[\s\S]*Set replace:true/);

    const removed = await kbCommand('remove', { options: { id: 'fostering-panel-delays' } });
    expect(reply(removed)).toMatch(
      /Removed fostering-panel-delays[\s\S]*Moved fostering-panel-delays\.md to \.removed/,
    );
    expect(await finding('foster carers panel')).not.toContain('waited eleven months');
    await expect(access(file('fostering-panel-delays.md'))).rejects.toThrow();
    const removedFiles = await readdir(file('.removed'));
    expect(removedFiles.filter((name) => name.endsWith('-fostering-panel-delays.md'))).toHaveLength(
      1,
    );

    const unknown = await kbCommand('remove', { options: { id: 'fostering-panel' } });
    expect(reply(unknown)).toContain('No document "fostering-panel" is loaded.');
    expect(auditLines().map((line) => [line.action, line.outcome, line.id ?? null])).toEqual([
      ['add', 'added', 'fostering-panel-delays'],
      ['add', 'rejected', null],
      ['remove', 'removed', 'fostering-panel-delays'],
      ['remove', 'rejected', null],
    ]);
    for (const line of auditLines()) {
      expect(line).toMatchObject({ userId: expect.any(String), guildId: kb.standIn.guildId });
    }
  });

  it('imports a PDF attachment and keeps the original in originals/', async () => {
    await start({ env: { KB_MAX_ATTACHMENT_BYTES: String(2 * 1024 * 1024) } });
    const pdf = new Uint8Array(await readFile(bundledPdf));
    const added = await kbCommand('add', {
      options: addOptions(
        attach('croydon-ofsted-2024.pdf', pdf, 'application/pdf'),
        'Croydon inspection 2024',
        { publisher: 'Ofsted', published: '2024-12-03', kind: 'inspection-report' },
      ),
    });
    expect(reply(added)).toMatch(
      /Added croydon-inspection-2024[\s\S]*Check: The report does not print its publication date/,
    );
    expect(await readFile(file('originals/croydon-ofsted-2024.pdf'))).toEqual(Buffer.from(pdf));
    const document = kb.store
      .current()
      .library.knowledgeBase.documentsById.get('croydon-inspection-2024');
    expect(document?.meta).toMatchObject({
      source_file: 'croydon-ofsted-2024.pdf',
      numbered_paragraphs: true,
      kind: 'inspection-report',
    });
    const sources = textOf((await kb.run({ name: 'sources' })).finalMessage);
    expect(sources).toContain('Croydon inspection 2024');
  });

  it('refuses a plain member even though the stand-in lets them invoke /kb, changing nothing', async () => {
    await start();
    const before = kb.store.current();
    const tree = await listTree(knowledge.directory);
    await writeFile(
      file('ofsted-2017.md'),
      (await readFile(file('ofsted-2017.md'), 'utf8')).replace('infrequent', 'weekly'),
    );
    const edited = await listTree(knowledge.directory);
    const document = attach('sneaky.md', fosteringBody);
    const plain = { permissions: memberPermissions.plain, roles: ['999999999999999999'] };

    for (const [subcommand, options] of [
      ['refresh', {}],
      ['status', {}],
      ['add', addOptions(document, 'Sneaky')],
      ['remove', { id: 'ofsted-2012' }],
    ] as const) {
      const denied = await kbCommand(subcommand, { ...plain, options });
      expect(denied.isEphemeral).toBe(true);
      expect(reply(denied)).toMatch(/Not allowed[\s\S]*Manage Server[\s\S]*Nothing was changed/);
    }
    expect(kb.store.current()).toBe(before);
    expect(await listTree(knowledge.directory)).toEqual(edited);
    expect(edited).not.toEqual(tree);
    // The attachment was never even fetched.
    expect(kb.standIn.requests.some((request) => request.path.includes(document.id))).toBe(false);
    expect(auditLines().map((line) => [line.action, line.outcome])).toEqual([
      ['refresh', 'denied'],
      ['status', 'denied'],
      ['add', 'denied'],
      ['remove', 'denied'],
    ]);
  });

  it('allows a member whose role is in KB_ADMIN_ROLE_IDS', async () => {
    await start();
    kb.standIn.dispatch('GUILD_ROLE_CREATE', {
      guild_id: kb.standIn.guildId,
      role: {
        id: adminRoleId,
        name: 'knowledge admins',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 1,
        permissions: '0',
        managed: false,
        mentionable: false,
        flags: 0,
      },
    });
    await expect
      .poll(() => kb.bot.client.guilds.cache.get(kb.standIn.guildId)?.roles.cache.has(adminRoleId))
      .toBe(true);
    const status = await kbCommand('status', {
      permissions: memberPermissions.plain,
      roles: [adminRoleId],
    });
    expect(reply(status)).toMatch(/Knowledge status[\s\S]*Content hash: [0-9a-f]{64}/);
  });

  it('runs one of two refreshes at once, answering queries from the old index meanwhile', async () => {
    const slow = createSlowLoad();
    await start({ load: slow.load });
    await writeFile(
      file('ofsted-2017.md'),
      (await readFile(file('ofsted-2017.md'), 'utf8')).replace('infrequent', 'weekly'),
    );

    const held = slow.holdNext();
    const first = kb.standIn.sendSlashCommand({ name: 'kb', subcommand: 'refresh', ...moderator });
    await expect.poll(() => held.entered).toBe(true);
    const second = await kbCommand('refresh');
    expect(reply(second)).toMatch(/A refresh is already running[\s\S]*Started by tester \(\d+\)/);
    expect(await finding('supervision')).toContain('infrequent and lacks reflection');

    held.release();
    await first.waitForResponse({ timeoutMs: 10_000 });
    expect(reply(first)).toMatch(/Knowledge refreshed[\s\S]*Changed \(1\): ofsted-2017/);
    expect(await finding('supervision')).toContain('weekly and lacks reflection');
    expect(auditLines().map((line) => line.outcome)).toEqual(['busy', 'refreshed']);
  });

  it('writes a traversal title only as a safe slug inside the folder, and refuses a traversal file name', async () => {
    await start();
    const passwd = await readFile('/etc/passwd').catch(() => undefined);
    const added = await kbCommand('add', {
      options: addOptions(attach('../../etc/passwd.md', fosteringBody), '../../etc/passwd'),
    });
    expect(reply(added)).toContain('Saved as etc-passwd.md');
    expect(await readdir(knowledge.root)).toEqual(['knowledge']);
    expect(await readFile(file('etc-passwd.md'), 'utf8')).toContain('eleven months');
    expect(await readFile('/etc/passwd').catch(() => undefined)).toEqual(passwd);

    const refused = await kbCommand('add', {
      options: addOptions(attach('../../etc/passwd', 'root:x:0:0'), 'Passwords'),
    });
    expect(reply(refused)).toContain('"../../etc/passwd" is not a .md, .txt or .pdf file');
    expect(await readdir(knowledge.root)).toEqual(['knowledge']);
  });

  it('refuses oversize and binary attachments with a clear message, changing nothing', async () => {
    await start();
    const tree = await listTree(knowledge.directory);
    const big = await kbCommand('add', {
      options: addOptions(attach('big.md', 'a'.repeat(1.2 * 1024 * 1024)), 'Big'),
    });
    expect(reply(big)).toContain(
      '"big.md" is 1.2 MB; the limit is 1.0 MB (KB_MAX_ATTACHMENT_BYTES).',
    );
    const binary = await kbCommand('add', {
      options: addOptions(
        attach('notes.txt', Uint8Array.of(0x4e, 0, 0x01, 0xff), 'text/plain'),
        'Notes',
      ),
    });
    expect(reply(binary)).toContain('looks like a binary file (it contains NUL bytes)');
    expect(await listTree(knowledge.directory)).toEqual(tree);
    expect(auditLines().map((line) => [line.action, line.outcome])).toEqual([
      ['add', 'rejected'],
      ['add', 'rejected'],
    ]);
  });
});
