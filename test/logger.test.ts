import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, type Logger } from '../src/logger.ts';

const secret = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.secretsecretsecret0123';

/** A logger writing into memory, and the lines it wrote. */
function memoryLogger(level = 'info'): { log: Logger; lines: () => string[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const log = createLogger({ level, destination, secrets: [secret] });
  return { log, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

describe('createLogger', () => {
  it('writes one JSON line per entry with the app name and message', () => {
    const { log, lines } = memoryLogger();
    log.info({ command: 'finding' }, 'answered');
    const [line, ...rest] = lines();
    expect(rest).toEqual([]);
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      level: 30,
      app: 'findings-bot',
      command: 'finding',
      msg: 'answered',
    });
  });

  it('respects the level', () => {
    const { log, lines } = memoryLogger('warn');
    log.info('quiet');
    log.warn('loud');
    expect(lines().map((line) => JSON.parse(line).msg)).toEqual(['loud']);
  });

  it('never writes a secret, wherever it is logged', () => {
    const { log, lines } = memoryLogger();
    log.info({ token: secret }, 'token field');
    log.info({ headers: { authorization: `Bot ${secret}` } }, 'request headers');
    log.info({ req: { headers: { authorization: `Bot ${secret}` } } }, 'request');
    log.info({ config: { discordToken: secret, DISCORD_TOKEN: secret } }, 'config');
    log.error({ err: new Error(`login failed with ${secret}`) }, 'login');
    log.warn(`the token ${secret} was rejected`);
    log.warn('the token %s was rejected', secret);

    const output = lines().join('\n');
    expect(lines()).toHaveLength(7);
    expect(output).not.toContain(secret);
    expect(output).not.toContain(secret.slice(0, 20));
    const entries = lines().map((line) => JSON.parse(line));
    expect(entries[0].token).toBe('[redacted]');
    expect(entries[1].headers.authorization).toBe('[redacted]');
    expect(entries[2].req.headers.authorization).toBe('[redacted]');
    expect(entries[3].config).toEqual({ discordToken: '[redacted]', DISCORD_TOKEN: '[redacted]' });
    expect(entries[4].err.message).toBe('login failed with [redacted]');
    expect(entries[4].err.stack).toContain('login failed with [redacted]');
    expect(entries[5].msg).toBe('the token [redacted] was rejected');
    expect(entries[6].msg).toBe('the token [redacted] was rejected');
  });

  it('leaves text without a secret alone', () => {
    const { log, lines } = memoryLogger();
    log.info({ topic: 'supervision' }, 'no secrets here');
    const output = lines().join('\n');
    expect(output).toContain('no secrets here');
    expect(output).not.toContain('[redacted]');
  });

  it('does not scrub secrets shorter than eight characters (too likely to be ordinary words)', () => {
    const chunks: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(chunk.toString());
        callback();
      },
    });
    createLogger({ destination, secrets: ['care'] }).info('care leavers');
    expect(chunks.join('')).toContain('care leavers');
  });

  // Regression test (was a bug): LoggerOptions.secrets promises to scrub secrets "wherever they appear", but only string arguments and the `err` serializer are scrubbed; a secret inside any other string field (a logged URL or request body, say) is written out as it is.
  it('scrubs a secret inside an arbitrary string field', () => {
    const { log, lines } = memoryLogger();
    log.info({ url: `https://example.org/callback?token=${secret}` }, 'callback');
    expect(lines().join('\n')).not.toContain(secret);
  });
});
