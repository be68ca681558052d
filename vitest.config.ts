import { defineConfig } from 'vitest/config';

// Unit, engine and scenario tests run in Node; browser tests are Playwright's (tests/browser).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/fixed-fast-check-seed.ts'],
  },
});
