/**
 * The processes each shard has run as, oldest first, read from the "connected to Discord" line
 * every shard logs with its shard ids and pid (a restarted shard logs a second line).
 */
export function shardPids(output: string): Map<number, number[]> {
  const pids = new Map<number, number[]>();
  for (const line of output.split('\n')) {
    if (!line.includes('"msg":"connected to Discord"')) continue;
    const entry = JSON.parse(line) as { pid: number; shards?: number[] };
    for (const shard of entry.shards ?? [])
      pids.set(shard, [...(pids.get(shard) ?? []), entry.pid]);
  }
  return pids;
}
