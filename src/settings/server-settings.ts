import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../kb/write-file-atomically.ts';
import type { Logger } from '../logger.ts';

const settingsSchema = z.strictObject({
  servers: z.record(
    z.string(),
    z.strictObject({
      defaultCouncil: z.string().min(1).optional(),
      /** Where a new report for the default council is announced (/kb subscribe). */
      announceChannel: z.string().min(1).optional(),
    }),
  ),
});
type SettingsFile = z.infer<typeof settingsSchema>;
type SettingsChange = { defaultCouncil?: string | undefined; announceChannel?: string | undefined };

/** The file, inside the data directory, that holds every server's settings. */
export const serverSettingsFileName = 'server-settings.json';

/**
 * What each Discord server has set for itself (today: its default council), kept in one JSON
 * file so it survives a restart. Writes are atomic; an unreadable file is set aside, named in the
 * log, and the bot starts with no settings rather than not at all.
 */
export class ServerSettings {
  private constructor(
    private readonly file: string,
    private data: SettingsFile,
  ) {}

  /** Opens the settings in `dataDir`, creating nothing until the first change. */
  static async open(dataDir: string, logger: Logger): Promise<ServerSettings> {
    const file = path.join(dataDir, serverSettingsFileName);
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === undefined) return new ServerSettings(file, { servers: {} });
    const parsed = settingsSchema.safeParse(safeJson(text));
    if (parsed.success) return new ServerSettings(file, parsed.data);
    const aside = `${file}.unreadable-${Date.now()}`;
    await rename(file, aside);
    logger.warn(
      { file, movedTo: aside },
      'server settings unreadable: set aside, starting without',
    );
    return new ServerSettings(file, { servers: {} });
  }

  /** The council id a server answers about when a question names none. */
  defaultCouncil(serverId: string | null): string | undefined {
    return serverId === null ? undefined : this.data.servers[serverId]?.defaultCouncil;
  }

  /** Sets (or, with undefined, clears) a server's default council and saves at once. */
  async setDefaultCouncil(serverId: string, councilId: string | undefined): Promise<void> {
    await this.update(serverId, { defaultCouncil: councilId });
  }

  /** The channel a server announces new reports in, when it has subscribed. */
  announceChannel(serverId: string): string | undefined {
    return this.data.servers[serverId]?.announceChannel;
  }

  /** Every server with both a default council and an announcement channel. */
  subscriptions(): Array<{ serverId: string; councilId: string; channelId: string }> {
    return Object.entries(this.data.servers).flatMap(([serverId, server]) =>
      server.defaultCouncil && server.announceChannel
        ? [{ serverId, councilId: server.defaultCouncil, channelId: server.announceChannel }]
        : [],
    );
  }

  /** Sets (or, with undefined, clears) where a server's new reports are announced. */
  async setAnnounceChannel(serverId: string, channelId: string | undefined): Promise<void> {
    await this.update(serverId, { announceChannel: channelId });
  }

  /** The file as saved now, or undefined when it is missing or unreadable. */
  private async readSaved(): Promise<SettingsFile | undefined> {
    const text = await readFile(this.file, 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    const parsed = settingsSchema.safeParse(safeJson(text));
    return parsed.success ? parsed.data : undefined;
  }

  /** Changes are saved one at a time, so two at once cannot both start from the same file. */
  private saving: Promise<void> = Promise.resolve();

  private update(serverId: string, change: SettingsChange): Promise<void> {
    const saved = this.saving.then(() => this.save(serverId, change));
    this.saving = saved.catch(() => undefined);
    return saved;
  }

  private async save(serverId: string, change: SettingsChange): Promise<void> {
    // Read afresh: under the ShardingManager other shards write the same file for their own
    // servers, and saving this process's older copy would undo their changes.
    const saved = await this.readSaved();
    const servers = { ...(saved ?? this.data).servers };
    const merged = { ...servers[serverId], ...change };
    const kept: { defaultCouncil?: string; announceChannel?: string } = {};
    if (merged.defaultCouncil) kept.defaultCouncil = merged.defaultCouncil;
    if (merged.announceChannel) kept.announceChannel = merged.announceChannel;
    if (Object.keys(kept).length === 0) delete servers[serverId];
    else servers[serverId] = kept;
    const next = { servers };
    const text = `${JSON.stringify(next, null, 2)}\n`;
    await writeFileAtomically(this.file, text, { overwrite: true }).catch(
      async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await mkdir(path.dirname(this.file), { recursive: true });
        await writeFileAtomically(this.file, text, { overwrite: true });
      },
    );
    this.data = next;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
