import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: the core + extension (WXT globals, fake IndexedDB) and the Excel add-in.
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
    ],
  },
});
