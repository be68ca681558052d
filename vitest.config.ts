import { defineConfig } from 'vitest/config';

// Unit, engine and scenario tests run in Node; browser tests are Playwright's (tests/browser).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/fixed-fast-check-seed.ts', 'tests/setup-messages.ts'],
    // Test files in one worker share the module graph (zod, yaml and xstate imported once, not per
    // file): about a third faster here. So a test sets the module state it relies on itself.
    isolate: false,
  },
});
