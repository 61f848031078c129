import { defineConfig } from 'vitest/config';

// End-to-end smoke test: the built Firefox (MV2) extension in Debian's Firefox ESR over WebDriver BiDi
// (see tests/e2e-firefox/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
