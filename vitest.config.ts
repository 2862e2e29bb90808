import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects: the core + extension (WXT globals, fake IndexedDB), the Excel add-in, and the
// end-to-end run of the built extension in Chromium (tests/e2e, built in its globalSetup).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'core', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**'], setupFiles: ['fake-indexeddb/auto'], testTimeout: 30000 },
      },
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: { name: 'addin', include: ['addin/tests/**/*.test.{ts,tsx}'], testTimeout: 30000 },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120000,
          hookTimeout: 120000,
          fileParallelism: false,
        },
      },
    ],
  },
});
