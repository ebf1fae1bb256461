/** Discord's epoch (2015-01-01), the zero point of every snowflake's timestamp bits. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/**
 * Creates a generator of unique, time-ordered snowflakes shaped like Discord's, so code that
 * reads `createdTimestamp` from an id sees a plausible date.
 */
export function createSnowflakeGenerator(): () => string {
  let increment = 0n;
  return () => {
    increment = (increment + 1n) % 4096n;
    const timestamp = BigInt(Date.now()) - DISCORD_EPOCH_MS;
    // A monotonic counter in the low bits keeps ids unique within one millisecond.
    return ((timestamp << 22n) | increment).toString();
  };
}
