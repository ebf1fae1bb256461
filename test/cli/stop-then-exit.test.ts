import { describe, expect, it } from 'vitest';
import { stopThenExit } from '../../src/cli/stop-then-exit.ts';
import { memoryLog } from '../discord/bot-harness.ts';

const exited = () => {
  let resolve: (code: number) => void = () => undefined;
  const code = new Promise<number>((settle) => {
    resolve = settle;
  });
  return { code, exit: (value: number) => resolve(value) };
};

describe('stopThenExit', () => {
  it('exits with the code once stopping has finished', async () => {
    const { code, exit } = exited();
    const log = memoryLog();
    stopThenExit({ stop: async () => undefined, logger: log.logger, code: 0, exit });
    expect(await code).toBe(0);
    expect(log.entries()).toEqual([]);
  });

  it('exits 1 with a log line when stopping outlives the deadline', async () => {
    const { code, exit } = exited();
    const log = memoryLog();
    stopThenExit({
      stop: () => new Promise(() => undefined),
      logger: log.logger,
      code: 0,
      deadlineMs: 20,
      exit,
    });
    expect(await code).toBe(1);
    expect(log.entries()).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'shutdown did not finish within 20 ms: exiting anyway',
      }),
    ]);
  });

  it('exits 1 with the error logged when stopping fails', async () => {
    const { code, exit } = exited();
    const log = memoryLog();
    stopThenExit({
      stop: async () => {
        throw new Error('socket already gone');
      },
      logger: log.logger,
      code: 0,
      exit,
    });
    expect(await code).toBe(1);
    expect(log.entries()[0]).toMatchObject({
      msg: 'shutdown failed',
      err: { message: 'socket already gone' },
    });
  });
});
