import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../kb/write-file-atomically.ts';
import type { Logger } from '../logger.ts';

const settingsSchema = z.strictObject({
  servers: z.record(z.string(), z.strictObject({ defaultCouncil: z.string().min(1).optional() })),
});
type SettingsFile = z.infer<typeof settingsSchema>;

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
    const servers = { ...this.data.servers };
    if (councilId === undefined) delete servers[serverId];
    else servers[serverId] = { defaultCouncil: councilId };
    const next = { servers };
    await writeFileAtomically(this.file, `${JSON.stringify(next, null, 2)}\n`, {
      overwrite: true,
    }).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      const { mkdir } = await import('node:fs/promises');
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomically(this.file, `${JSON.stringify(next, null, 2)}\n`, {
        overwrite: true,
      });
    });
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
