import { type Client, Events } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestClient,
  type DiscordStandIn,
  shardOfGuild,
  startDiscordStandIn,
} from './discord-stand-in/index.ts';

/** Replies with the shard the interaction arrived on, so a test can see where it went. */
function answerWithShard(client: Client): void {
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand())
      void interaction.reply(`shard ${interaction.guild?.shardId ?? 'none'}`);
  });
}

describe('discord stand-in with two shards', () => {
  let standIn: DiscordStandIn;
  afterEach(() => standIn.stop());

  it('recommends two shards and puts one guild on each by Discord’s rule', async () => {
    standIn = await startDiscordStandIn({ shardCount: 2 });
    expect(standIn.guilds.map((guild) => guild.shardId).sort()).toEqual([0, 1]);
    for (const guild of standIn.guilds) expect(shardOfGuild(guild.guildId, 2)).toBe(guild.shardId);
    expect(standIn.guilds[0]?.guildId).toBe(standIn.guildId);
    const response = await fetch(`${standIn.apiUrl}/v10/gateway/bot`, {
      headers: { authorization: `Bot ${standIn.token}` },
    });
    expect(await response.json()).toMatchObject({ shards: 2 });
  });

  it('sends each guild’s interactions on its own shard’s connection', async () => {
    // Two identifies at once, as a bot with a larger session start limit may send them.
    standIn = await startDiscordStandIn({ shardCount: 2, maxConcurrency: 2 });
    const client = await createTestClient(standIn, { clientOptions: { shards: 'auto' } });
    answerWithShard(client);
    expect(standIn.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(client.guilds.cache.size).toBe(2);
    for (const guild of standIn.guilds) {
      const record = await standIn
        .sendSlashCommand({ name: 'where', guildId: guild.guildId })
        .waitForResponse();
      expect(record.finalMessage?.content).toBe(`shard ${guild.shardId}`);
    }
  });

  it('refuses a client that connects as one shard when two are required', async () => {
    standIn = await startDiscordStandIn({ shardCount: 2 });
    // discord.js names the close code's meaning (4011) rather than retrying.
    await expect(
      createTestClient(standIn, { clientOptions: { shards: [0], shardCount: 1 } }),
    ).rejects.toThrow('Sharding is required');
  });
});
