import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxQueryLength } from '../../src/answer/command-catalogue.ts';
import { parseCommandLine } from '../../src/console/parse-command-line.ts';
import { runConsole } from '../../src/console/run-console.ts';
import { KnowledgeStore } from '../../src/live/knowledge-store.ts';
import { ServerSettings } from '../../src/settings/server-settings.ts';
import { memoryLog } from '../discord/bot-harness.ts';
import { fixturePath } from '../fixtures/fixture-path.ts';
import { unsafeCharactersIn } from '../support/unsafe-characters.ts';

let store: KnowledgeStore;
let settings: ServerSettings;
const log = memoryLog();
beforeAll(async () => {
  store = await KnowledgeStore.open({
    directory: fixturePath('discord', 'knowledge'),
    logger: log.logger,
  });
  settings = await ServerSettings.open(await mkdtemp(path.join(tmpdir(), 'settings-')), log.logger);
});

/** Pipes `input` through the console, as `echo … | npm start` does. */
async function pipe(input: string): Promise<{ answers: string; notices: string }> {
  const output = new PassThrough();
  const notices = new PassThrough();
  let answers = '';
  let banner = '';
  output.on('data', (chunk) => (answers += String(chunk)));
  notices.on('data', (chunk) => (banner += String(chunk)));
  const source = new PassThrough();
  source.end(input);
  await runConsole({
    store,
    settings,
    logger: log.logger,
    input: source,
    output,
    notices,
    interactive: false,
  });
  return { answers, notices: banner };
}

describe('runConsole', () => {
  it('answers each piped line, the banner kept apart from the answers', async () => {
    const { answers, notices } = await pipe('/finding fostering panel\n\n/sources\n');
    expect(notices).toMatch(/^findings-bot console: 2 documents, 4 passages loaded\./);
    const [finding, sources] = answers.split(/\n\n(?=Fixtureton: )/);
    expect(finding).toMatch(/^Fixtureton: Findings on “fostering panel”/);
    expect(finding).toContain(
      'Ofsted, 20 May 2019, para 12 · Ofsted inspection report (primary source)',
    );
    expect(sources).toMatch(/^Fixtureton: Sources\n2 documents, 4 passages\./);
  });

  it('treats a bare line as a question and explains an unknown command', async () => {
    const { answers } = await pipe('who chairs the fostering panel?\n/frobnicate now\n');
    expect(answers).toMatch(/^Fixtureton: “who chairs the fostering panel\?”/);
    expect(answers).toContain('Unknown command /frobnicate. Type /help to see the commands.');
  });

  it('stops at /quit', async () => {
    const { answers } = await pipe('/quit\n/sources\n');
    expect(answers).toBe('');
  });

  it('refuses an over-long line instead of cutting it', async () => {
    const { answers } = await pipe(`/finding ${'x'.repeat(maxQueryLength + 1)}\n`);
    expect(answers.trim()).toBe(
      `That is ${maxQueryLength + 1} characters; please ask in at most ${maxQueryLength}.`,
    );
  });

  it('quotes mention syntax as plain text: a terminal pings nobody', async () => {
    const { answers } = await pipe('/finding fostering panel\n');
    expect(answers).toContain('tagging <@123456789012345678>');
  });

  it('echoes no control or bidi characters from a query to the terminal', async () => {
    const { answers } = await pipe('/finding fostering\u202E panel\u001B[2J\u0007\u2066\n');
    expect(answers).toContain('fostering panel');
    expect(unsafeCharactersIn(answers)).toEqual([]);
  });

  it('logs no errors for expected failures', () => {
    expect(log.entries().filter((entry) => entry.level >= 50)).toEqual([]);
  });
});

describe('parseCommandLine', () => {
  it('reads commands the way Discord users type them', () => {
    expect(parseCommandLine('/finding supervision')).toEqual({
      command: 'finding',
      argument: 'supervision',
      options: {},
    });
    expect(parseCommandLine('  /WHO name:Tim Pollard  ')).toEqual({
      command: 'who',
      argument: 'Tim Pollard',
      options: {},
    });
    expect(parseCommandLine('/rating 2017 private:true')).toEqual({
      command: 'rating',
      argument: '2017',
      options: {},
    });
    expect(parseCommandLine('/timeline')).toEqual({
      command: 'timeline',
      argument: '',
      options: {},
    });
    expect(parseCommandLine('were social workers supervised?')).toEqual({
      command: 'ask',
      argument: 'were social workers supervised?',
      options: {},
    });
  });

  it('reads council and compare options, each running to the next option', () => {
    expect(
      parseCommandLine('/finding supervision council:Kingston upon Hull private:true'),
    ).toEqual({
      command: 'finding',
      argument: 'supervision',
      options: { council: 'Kingston upon Hull' },
    });
    expect(parseCommandLine('/rating inspection:all council:Bromley compare:B&NES')).toEqual({
      command: 'rating',
      argument: 'all',
      options: { council: 'Bromley', compare: 'B&NES' },
    });
  });

  it('refuses unknown commands', () => {
    expect(() => parseCommandLine('/nope')).toThrow('Unknown command /nope.');
  });
});
