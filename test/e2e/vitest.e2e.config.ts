import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    // Hooks run in the order they are declared (the session helper's hooks come first).
    sequence: { hooks: 'list' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page under the whole suite's load can take more than Vitest's default second to show
    // what a poll waits for (a tooltip after a pointer move failed so once); a poll still fails
    // when it never comes.
    expect: { poll: { timeout: 10_000 } },
  },
});
