/** A guild of the stand-in and the shard whose connection receives its events. */
export interface StandInGuild {
  guildId: string;
  channelId: string;
  shardId: number;
}

/** Discord's rule: a guild's events travel on shard `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * One guild per shard, so every connection of a sharded bot has something to answer. The first
 * is the configured guild on whichever shard Discord's rule puts it; the others are found by
 * stepping the id's timestamp bits until each remaining shard has one.
 */
export function guildsForShards(
  first: { guildId: string; channelId: string },
  shardCount: number,
): StandInGuild[] {
  const guilds: StandInGuild[] = [{ ...first, shardId: shardOfGuild(first.guildId, shardCount) }];
  let step = 1n;
  while (guilds.length < shardCount) {
    const guildId = (BigInt(first.guildId) + (step << 22n)).toString();
    const shardId = shardOfGuild(guildId, shardCount);
    if (!guilds.some((guild) => guild.shardId === shardId)) {
      const channelId = (BigInt(first.channelId) + (step << 22n)).toString();
      guilds.push({ guildId, channelId, shardId });
    }
    step += 1n;
  }
  return guilds;
}
