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
  },
});
