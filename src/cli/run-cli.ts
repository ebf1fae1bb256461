import { ConfigError } from '../config.ts';
import { isUserError } from '../user-error.ts';

/**
 * Runs a command-line entry point: expected failures (bad configuration, bad input) print one
 * clear message and exit 1 without a stack trace; anything else is a bug and keeps its stack.
 */
export function runCli(main: () => Promise<number | undefined>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (error instanceof ConfigError || isUserError(error)) {
        process.stderr.write(`${error.message}\n`);
      } else {
        process.stderr.write(`Unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
      }
      process.exitCode = 1;
    },
  );
}
