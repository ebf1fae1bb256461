import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServerSettings, serverSettingsFileName } from '../../src/settings/server-settings.ts';
import { memoryLog } from '../discord/bot-harness.ts';

const folder = () => mkdtemp(path.join(tmpdir(), 'server-settings-'));

describe('ServerSettings', () => {
  it('keeps a server’s default council across a reopen, in a folder it creates', async () => {
    const dataDir = path.join(await folder(), 'not-yet');
    const log = memoryLog();
    const settings = await ServerSettings.open(dataDir, log.logger);
    expect(settings.defaultCouncil('111')).toBeUndefined();
    await settings.setDefaultCouncil('111', 'bromley');
    await settings.setDefaultCouncil('222', 'lambeth');
    const reopened = await ServerSettings.open(dataDir, log.logger);
    expect(reopened.defaultCouncil('111')).toBe('bromley');
    expect(reopened.defaultCouncil('222')).toBe('lambeth');
    expect(reopened.defaultCouncil(null)).toBeUndefined();
  });

  it('keeps what another process saved for its own servers (one file, several shards)', async () => {
    const dataDir = await folder();
    const shardA = await ServerSettings.open(dataDir, memoryLog().logger);
    const shardB = await ServerSettings.open(dataDir, memoryLog().logger);
    await shardA.setDefaultCouncil('111', 'bromley');
    await shardB.setDefaultCouncil('222', 'lambeth');
    await shardA.setAnnounceChannel('111', '999');
    const reopened = await ServerSettings.open(dataDir, memoryLog().logger);
    expect(reopened.defaultCouncil('111')).toBe('bromley');
    expect(reopened.announceChannel('111')).toBe('999');
    expect(reopened.defaultCouncil('222')).toBe('lambeth');
  });

  it('saves changes made at once one after another, losing none', async () => {
    const dataDir = await folder();
    const settings = await ServerSettings.open(dataDir, memoryLog().logger);
    const servers = ['111', '222', '333', '444', '555'];
    await Promise.all(servers.map((id) => settings.setDefaultCouncil(id, `council-${id}`)));
    const reopened = await ServerSettings.open(dataDir, memoryLog().logger);
    for (const id of servers) expect(reopened.defaultCouncil(id)).toBe(`council-${id}`);
  });

  it('clears a default', async () => {
    const dataDir = await folder();
    const settings = await ServerSettings.open(dataDir, memoryLog().logger);
    await settings.setDefaultCouncil('111', 'bromley');
    await settings.setDefaultCouncil('111', undefined);
    expect(
      (await ServerSettings.open(dataDir, memoryLog().logger)).defaultCouncil('111'),
    ).toBeUndefined();
  });

  it('sets an unreadable file aside, says so, and starts without settings', async () => {
    const dataDir = await folder();
    await writeFile(path.join(dataDir, serverSettingsFileName), '{ not json');
    const log = memoryLog();
    const settings = await ServerSettings.open(dataDir, log.logger);
    expect(settings.defaultCouncil('111')).toBeUndefined();
    const files = await readdir(dataDir);
    expect(files.some((file) => file.startsWith(`${serverSettingsFileName}.unreadable-`))).toBe(
      true,
    );
    expect(log.entries().some((entry) => entry.msg?.includes('server settings unreadable'))).toBe(
      true,
    );
    const aside = files.find((file) => file.includes('unreadable')) ?? '';
    expect(await readFile(path.join(dataDir, aside), 'utf8')).toBe('{ not json');
  });
});
