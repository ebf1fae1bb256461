import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start a local Discord stand-in and a real discord.js client each.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
