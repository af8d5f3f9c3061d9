import { defineConfig } from 'vitest/config';

// The class hub on loopback (npm run test:class): real sockets, real files, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
