import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from './fixtures/fixture-path.ts';
import { GatewayCloseCode, startDiscordStandIn } from './support/discord-stand-in/index.ts';
import { runScript, type ScriptRunOptions } from './support/run-script.ts';

let cwd: string;
beforeAll(async () => {
  // An empty working directory: no .env (which loadConfig would read) and no knowledge/.
  cwd = await mkdtemp(path.join(tmpdir(), 'findings-bot-cli-'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

/** Runs a script of the project with node and tsx, as `npm start` and `npm run ask` do. */
function run(script: string, args: string[], options: Omit<ScriptRunOptions, 'cwd'> = {}) {
  return runScript(script, args, { ...options, cwd });
}

describe.concurrent('npm start (src/main.ts)', () => {
  it('without DISCORD_TOKEN answers piped commands with cited quotes and exits 0', async () => {
    const result = await run('src/main.ts', [], {
      stdin: '/finding supervision\n/who Tim Pollard\n',
    });
    expect(result.stderr).toContain('findings-bot console:');
    expect(result.stderr).toContain('No DISCORD_TOKEN is set');
    expect(result).toMatchObject({ code: 0 });
    // Answers alone on stdout, so they can be piped on; the banner went to stderr.
    expect(result.stdout).not.toContain('findings-bot console:');
    expect(result.stdout).toMatch(/^Croydon: Findings on “supervision”/);
    expect(result.stdout).toMatch(/── Ofsted inspection 2017/);
    expect(result.stdout).toMatch(/“[^”]*[Ss]upervision[^”]*”/);
    expect(result.stdout).toMatch(
      /Ofsted, \d{1,2} \w{3} \d{4}, para \d+ · Ofsted inspection report \(primary source\)/,
    );
    expect(result.stdout).toMatch(/\nCroydon: Tim Pollard\nAlso written as: /);
    expect(result.stdout).toContain('Political party press release (partisan)');
  });

  it('with invalid settings exits 1 with one message naming each bad variable, no stack', async () => {
    const result = await run('src/main.ts', [], {
      env: { DISCORD_API_URL: 'notaurl', LOG_LEVEL: 'loud' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Invalid configuration:\n/);
    expect(result.stderr).toMatch(/DISCORD_API_URL: must be an http\(s\) URL/);
    expect(result.stderr).toMatch(/LOG_LEVEL: /);
    expect(result.stderr).not.toContain('    at ');
    expect(result.stderr.trim().split('\n')).toHaveLength(3);
  });

  it('answers from the KNOWLEDGE_DIR it is given', async () => {
    const result = await run('src/main.ts', [], {
      env: { KNOWLEDGE_DIR: fixturePath('discord', 'knowledge') },
      stdin: '/finding fostering panel\n/sources\n',
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('2 documents, 4 passages loaded');
    // Piped, the words are plain: no Markdown markers, no terminal codes.
    expect(result.stdout).toContain('The fostering panel in Fixtureton meets monthly');
    expect(result.stdout).not.toContain('**');
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('Ofsted, 20 May 2019, para 12');
    expect(result.stdout).not.toMatch(/Croydon/);
  });

  it('with a token Discord refuses exits 1 naming DISCORD_TOKEN, no stack', async () => {
    const standIn = await startDiscordStandIn();
    try {
      standIn.rejectAllTokens();
      const result = await run('src/main.ts', [], {
        env: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Discord rejected DISCORD_TOKEN/);
      expect(result.stderr).not.toContain('    at ');
      expect(result.stderr).not.toContain(standIn.token);
      expect(standIn.identifies.length).toBeLessThanOrEqual(1);
    } finally {
      await standIn.stop();
    }
  });

  it('with a token joins Discord, answers, and stops cleanly on SIGTERM', async () => {
    const standIn = await startDiscordStandIn();
    try {
      const result = await run('src/main.ts', [], {
        env: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
        async whileRunning(child, output) {
          // Start-up loads the national catalogue and every council's index; a loaded machine
          // can take a while, and this test is about what happens once connected.
          await expect.poll(output, { timeout: 30_000 }).toContain('connected to Discord');
          const record = await standIn
            .sendSlashCommand({ name: 'finding', options: { topic: 'supervision' } })
            .waitForResponse();
          expect(record.finalMessage.embeds[0]?.title).toBe('Croydon: Findings on “supervision”');
          child.kill('SIGTERM');
        },
      });
      expect(result).toMatchObject({ code: 0, signal: null });
      expect(result.stderr).toContain('"msg":"shutting down"');
      expect(result.stderr).not.toContain(standIn.token);
    } finally {
      await standIn.stop();
    }
  });
});

// Issue 11, faults 2 and 3: signals end the bot whatever the gateway is doing, and a close
// Discord will not recover from ends it with exit code 1 and a message.
describe('npm start with a gateway in trouble', () => {
  // The two-document knowledge set: these tests are about the gateway, not the answers.
  const smallBot = { KNOWLEDGE_DIR: fixturePath('discord', 'knowledge') };

  it.each([
    ['SIGTERM', 'as the connection drops'],
    ['SIGINT', 'while retrying'],
  ] as const)('%s %s exits the bot, code 0', async (signal, when) => {
    const standIn = await startDiscordStandIn();
    try {
      const result = await run('src/main.ts', [], {
        env: { ...smallBot, DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
        async whileRunning(child, output) {
          await expect.poll(output, { timeout: 15_000 }).toContain('connected to Discord');
          standIn.setGatewayDown(true);
          if (when === 'while retrying') {
            await expect
              .poll(output, { timeout: 10_000 })
              .toMatch(/gateway reconnecting.*\n(.*\n)*.*gateway reconnecting/);
          } else {
            // Inside discord.js's 0.5 s pause before it reconnects, when destroy() did nothing.
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          child.kill(signal);
        },
      });
      expect(result.stderr).toContain('"msg":"shutting down"');
      expect(result).toMatchObject({ code: 0, signal: null });
    } finally {
      await standIn.stop();
    }
  });

  it('a close with 4014 (disallowed intents) exits 1 saying what to do', async () => {
    const standIn = await startDiscordStandIn();
    try {
      const result = await run('src/main.ts', [], {
        env: { ...smallBot, DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
        async whileRunning(_child, output) {
          await expect.poll(output, { timeout: 15_000 }).toContain('connected to Discord');
          await standIn.closeGateway(GatewayCloseCode.DisallowedIntents);
        },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^Discord closed the gateway with code 4014 \(disallowed intents\).*Privileged Gateway Intents/m,
      );
      expect(result.stderr).not.toContain(standIn.token);
    } finally {
      await standIn.stop();
    }
  });
});

describe.concurrent('npm run ask (src/cli/ask.ts)', () => {
  it('--json prints the answer with everything needed to cite each result', async () => {
    const result = await run('src/cli/ask.ts', ['--json', '/finding supervision']);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({
      command: 'finding',
      query: 'supervision',
      answered: true,
      suggestions: expect.any(Array),
    });
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results[0]).toMatchObject({
      excerpt: expect.stringMatching(/supervision/i),
      docId: 'ofsted-2017',
      passageId: expect.stringMatching(/^ofsted-2017#/),
      title: expect.any(String),
      publisher: 'Ofsted',
      published: '2017-09-04',
      kind: 'inspection-report',
      score: expect.any(Number),
    });
    expect(answer.results[0]).toHaveProperty('url');
  });

  it('without a line prints its usage and exits 1, no stack', async () => {
    const result = await run('src/cli/ask.ts', []);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Usage: npm run ask -- "<line>"/);
    expect(result.stderr).not.toContain('    at ');
  });
});
