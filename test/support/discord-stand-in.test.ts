import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  type Client,
  DiscordAPIError,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CallbackType,
  createTestClient,
  type DiscordStandIn,
  MessageFlag,
  memberPermissions,
  startDiscordStandIn,
} from './discord-stand-in/index.ts';

/** A tiny inline bot, just enough to exercise each kind of answer. */
async function answer(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused().toLowerCase();
    const topics = ['fostering', 'leaving care', 'safeguarding'].filter((t) => t.includes(typed));
    await interaction.respond(topics.map((t) => ({ name: t, value: t })));
  } else if (interaction.isButton()) {
    await interaction.update({
      content: `page 2 for ${interaction.user.username}`,
      components: [],
    });
  } else if (interaction.isChatInputCommand()) {
    switch (interaction.commandName) {
      case 'ping':
        await interaction.reply({
          content: `pong <@${interaction.user.id}>`,
          allowedMentions: { parse: [] },
        });
        return;
      case 'slow':
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        await interaction.editReply('done');
        return;
      case 'more': {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more:2').setLabel('More').setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({ content: 'page 1', components: [row] });
        return;
      }
      case 'twice':
        await interaction.reply('first');
        await interaction.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
        return;
      case 'file': {
        const file = interaction.options.getAttachment('file', true);
        const text = await (await fetch(file.url)).text();
        const upper = new AttachmentBuilder(Buffer.from(text.toUpperCase()), { name: 'upper.txt' });
        await interaction.reply({ content: `${file.name}: "${text}"`, files: [upper] });
        return;
      }
      case 'fetched': {
        const response = await interaction.reply({ content: 'kept', withResponse: true });
        await interaction.followUp(`reply ${response.resource?.message?.id}`);
        return;
      }
      case 'kb':
        await interaction.reply(
          `${interaction.options.getSubcommand()} ${interaction.options.getNumber('n', true)}`,
        );
        return;
      case 'admin':
        await interaction.reply(
          interaction.memberPermissions?.has('ManageGuild') ? 'allowed' : 'refused',
        );
        return;
      case 'late':
        await new Promise((resolve) => setTimeout(resolve, 150));
        await interaction.reply('too late').catch(() => undefined);
        return;
      default:
        await interaction.reply({
          content: `unknown /${interaction.commandName}`,
          flags: MessageFlags.Ephemeral,
        });
    }
  }
}

function listen(client: Client): void {
  client.on('interactionCreate', (interaction) => void answer(interaction));
}

describe('discord stand-in driving a real discord.js client', () => {
  let standIn: DiscordStandIn;
  let client: Client<true>;

  beforeEach(async () => {
    standIn = await startDiscordStandIn({ interactionDeadlineMs: 3_000 });
    client = await createTestClient(standIn);
    listen(client);
  });
  afterEach(() => standIn.stop());

  it('logs in over REST and the gateway until clientReady', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user.id).toBe(standIn.botUserId);
    expect(client.guilds.cache.get(standIn.guildId)?.channels.cache.has(standIn.channelId)).toBe(
      true,
    );
    const identify = await standIn.waitForIdentify();
    expect(identify).toMatchObject({
      token: standIn.token,
      intents: GatewayIntentBits.Guilds,
      shard: [0, 1],
    });
    expect(standIn.gatewayStats.connections).toEqual(['v=10&encoding=json']);
    expect(standIn.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /gateway/bot 200',
    ]);
  });

  it('records a reply with its allowed mentions', async () => {
    const user = standIn.user(undefined, 'ada');
    const record = await standIn.sendSlashCommand({ name: 'ping', user }).waitForResponse();
    expect(record.callbacks).toHaveLength(1);
    expect(record.callbacks[0]?.type).toBe(CallbackType.Reply);
    expect(record.callbacks[0]?.data).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(record.finalMessage).toMatchObject({
      content: `pong <@${user.id}>`,
      allowed_mentions: { parse: [] },
    });
    expect(record.isEphemeral).toBe(false);
    expect(record.requests.map((r) => r.query)).toEqual(['with_response=false']);
  });

  it('records a deferred ephemeral reply and its edit as the final message', async () => {
    const record = await standIn.sendSlashCommand({ name: 'slow' }).waitForResponse();
    expect(record.callbacks).toEqual([
      { type: CallbackType.DeferredReply, data: { flags: MessageFlags.Ephemeral } },
    ]);
    expect(record.actions.map((a) => a.kind)).toEqual(['callback', 'edit']);
    expect(record.isEphemeral).toBe(true);
    expect(record.finalMessage.content).toBe('done');
    expect(record.finalMessage.flags & MessageFlag.Loading).toBe(0);
  });

  it('records autocomplete choices', async () => {
    const record = await standIn
      .sendAutocomplete({ name: 'topic', options: { query: 'car' }, focused: 'query' })
      .waitForResponse();
    expect(record.callbacks[0]?.type).toBe(CallbackType.AutocompleteResult);
    expect(record.choices).toEqual([{ name: 'leaving care', value: 'leaving care' }]);
  });

  it('presses a button on the bot message and records the update', async () => {
    const user = standIn.user(undefined, 'grace');
    const command = await standIn.sendSlashCommand({ name: 'more', user }).waitForResponse();
    const press = await standIn
      .pressButton({ customId: 'more:2', message: command.finalMessage })
      .waitForResponse();
    expect(press.callbacks[0]?.type).toBe(CallbackType.Update);
    expect(press.finalMessage).toMatchObject({ content: 'page 2 for grace', components: [] });
    // The update changed the message the command produced, as a user would see.
    expect(command.finalMessage.content).toBe('page 2 for grace');
    expect(() => standIn.pressButton({ customId: 'gone', message: command.finalMessage })).toThrow(
      /no button "gone"/,
    );
  });

  it('records a follow-up after the reply', async () => {
    const record = standIn.sendSlashCommand({ name: 'twice' });
    await record.waitUntil((r) => r.followUps.length === 1, 'a follow-up');
    expect(record.finalMessage.content).toBe('first');
    expect(record.followUps[0]).toMatchObject({ content: 'second', flags: MessageFlags.Ephemeral });
  });

  it('serves attachments that the bot downloads', async () => {
    const attachment = standIn.addAttachment({
      filename: 'notes.txt',
      contentType: 'text/plain',
      bytes: 'hello',
    });
    const direct = await fetch(attachment.url);
    expect(direct.headers.get('content-type')).toBe('text/plain');
    expect(await direct.text()).toBe('hello');
    const record = await standIn
      .sendSlashCommand({ name: 'file', options: { file: attachment } })
      .waitForResponse();
    expect(record.finalMessage.content).toBe('notes.txt: "hello"');
    // The reply carried a file, so discord.js sent multipart/form-data.
    const [upload] = record.finalMessage.attachments;
    expect(upload?.filename).toBe('upper.txt');
    expect(await (await fetch(upload?.url ?? '')).text()).toBe('HELLO');
  });

  it('answers with_response=true with the callback and its message', async () => {
    const record = standIn.sendSlashCommand({ name: 'fetched' });
    await record.waitUntil((r) => r.followUps.length === 1, 'a follow-up');
    expect(record.requests[0]).toMatchObject({ query: 'with_response=true', status: 200 });
    expect(record.followUps[0]?.content).toBe(`reply ${record.finalMessage.id}`);
  });

  it('passes member permissions through', async () => {
    const plain = await standIn.sendSlashCommand({ name: 'admin' }).waitForResponse();
    const manager = await standIn
      .sendSlashCommand({ name: 'admin', permissions: memberPermissions.manageServer })
      .waitForResponse();
    const admin = await standIn
      .sendSlashCommand({ name: 'admin', permissions: memberPermissions.administrator })
      .waitForResponse();
    expect([plain, manager, admin].map((r) => r.finalMessage.content)).toEqual([
      'refused',
      'allowed',
      'allowed',
    ]);
  });

  it('lets discord.js retry an injected 429 and 500 and still answer', async () => {
    standIn.failNext('POST /interactions/:id/:token/callback', { status: 429, retryAfter: 0.2 });
    standIn.failNext('PATCH /webhooks/:app/:token/messages/@original', { status: 500 });
    const started = Date.now();
    const quick = await standIn.sendSlashCommand({ name: 'ping' }).waitForResponse();
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(quick.requests.map((r) => [r.status, r.injected])).toEqual([
      [429, true],
      [204, false],
    ]);
    const slow = await standIn.sendSlashCommand({ name: 'slow' }).waitForResponse();
    expect(slow.requests.map((r) => r.status)).toEqual([204, 500, 200]);
  });

  it('answers 20 interactions dispatched at once', async () => {
    const records = Array.from({ length: 20 }, (_, n) =>
      standIn.sendSlashCommand({ name: 'ping', user: standIn.user(undefined, `u${n}`) }),
    );
    const done = await Promise.all(records.map((r) => r.waitForResponse()));
    expect(new Set(done.map((r) => r.finalMessage.content)).size).toBe(20);
  });

  it('registers commands, rejects invalid ones, and types options from the definition', async () => {
    await client.application.commands.set([
      {
        name: 'topic',
        description: 'Find a topic',
        options: [
          { name: 'query', description: 'Text', type: 3, required: true, autocomplete: true },
        ],
      },
    ]);
    expect(standIn.registeredCommands).toMatchObject([
      { scope: 'global', commands: [{ name: 'topic', application_id: standIn.applicationId }] },
    ]);
    const refused = client.application.commands.set(
      [{ name: 'Bad Name', description: '' }],
      standIn.guildId,
    );
    await expect(refused).rejects.toSatisfy(
      (e) =>
        e instanceof DiscordAPIError && e.code === 50035 && /invalid|lowercase/i.test(e.message),
    );
    expect(() => standIn.sendSlashCommand({ name: 'topic', options: { nope: 'x' } })).toThrow(
      /no option "nope"/,
    );
  });

  it('builds sub-command options typed from the registered definition', async () => {
    const n = { name: 'n', description: 'How many', type: 10, required: true };
    await client.application.commands.set(
      [
        {
          name: 'kb',
          description: 'Knowledge',
          options: [{ name: 'top', description: 'Top', type: 1, options: [n] }],
        },
      ],
      standIn.guildId,
    );
    // Without the definition, 3 would be sent as an integer and getNumber would throw.
    const record = standIn.sendSlashCommand({ name: 'kb', subcommand: 'top', options: { n: 3 } });
    expect((await record.waitForResponse()).finalMessage.content).toBe('top 3');
    expect(() => standIn.sendSlashCommand({ name: 'kb' })).toThrow(/needs a sub-command/);
  });

  it('resumes after the gateway closes with 4000 and keeps dispatching', async () => {
    await standIn.closeGateway(4000);
    const record = await standIn.sendSlashCommand({ name: 'ping' }).waitForResponse();
    expect(record.finalMessage.content).toMatch(/^pong/);
    expect(standIn.gatewayStats.resumes).toBe(1);
    expect(standIn.gatewayCloses[0]).toMatchObject({ code: 4000, by: 'stand-in' });
  });

  it('refuses a late first callback as Discord does, and says so on timeout', async () => {
    await standIn.stop();
    standIn = await startDiscordStandIn({ interactionDeadlineMs: 50 });
    listen(await createTestClient(standIn));
    const record = standIn.sendSlashCommand({ name: 'late' });
    await expect(record.waitForResponse({ timeoutMs: 600 })).rejects.toThrow(/Unknown interaction/);
  });

  it('answers unknown routes 404 and lists them', async () => {
    await expect(client.rest.get('/channels/1')).rejects.toSatisfy(
      (e) => e instanceof DiscordAPIError && e.status === 404,
    );
    expect(standIn.unmatchedRequests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /channels/1',
    ]);
  });

  it('refuses to dispatch once the client has logged out', async () => {
    await client.destroy();
    await expect
      .poll(() => standIn.gatewayCloses)
      .toEqual([{ code: 1000, reason: 'Manager was destroyed', by: 'client' }]);
    expect(() => standIn.sendSlashCommand({ name: 'ping' })).toThrow(/no client has logged in/);
  });
});

describe('discord stand-in refusing the token', () => {
  let standIn: DiscordStandIn;
  beforeEach(async () => {
    standIn = await startDiscordStandIn();
  });
  afterEach(() => standIn.stop());

  it('closes IDENTIFY with 4004 and discord.js gives up without retrying', async () => {
    standIn.rejectAllTokens('gateway');
    await expect(createTestClient(standIn)).rejects.toThrow('Authentication failed');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(standIn.identifies).toHaveLength(1);
    expect(standIn.gatewayCloses).toEqual([
      { code: 4004, reason: 'Authentication failed.', by: 'stand-in' },
    ]);
    expect(standIn.gatewayStats.connections).toHaveLength(1);
  });

  it('answers 401 on REST so login fails before the gateway', async () => {
    await expect(createTestClient(standIn, { token: 'wrong' })).rejects.toThrow(
      'An invalid token was provided.',
    );
    expect(standIn.requests.map((r) => `${r.path} ${r.status}`)).toEqual(['/gateway/bot 401']);
    expect(standIn.requests[0]?.response).toEqual({ message: '401: Unauthorized', code: 0 });
    expect(standIn.identifies).toHaveLength(0);
  });

  it('answers heartbeats', async () => {
    await standIn.stop();
    standIn = await startDiscordStandIn({ heartbeatIntervalMs: 50 });
    const client = await createTestClient(standIn);
    await expect.poll(() => standIn.gatewayStats.heartbeats, { timeout: 2_000 }).toBeGreaterThan(0);
    await expect.poll(() => client.ws.ping, { timeout: 2_000 }).toBeGreaterThanOrEqual(0);
  });
});

describe('discord stand-in stop()', () => {
  it('leaves nothing open, so a process that used it exits on its own', async () => {
    const script = fileURLToPath(
      new URL('./discord-stand-in/fixtures/use-and-stop.ts', import.meta.url),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearTimeout(timer);
    expect({ code, output: output.trim() }).toEqual({ code: 0, output: 'answered: pong' });
  });
});
