// Flat config: typescript-eslint's type-aware rules everywhere, and a fence around src/engine/
// so the scenario engine stays pure (it must run in Node tests and in the browser alike).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Globals the engine may not use: whatever only one of the two platforms has (DOM, process,
// Buffer, …) and the few shared ones that still reach outside the engine (network, storage).
const engineForbiddenGlobals = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.node)),
  ...Object.keys(globals.node).filter((name) => !(name in globals.browser)),
  ...['fetch', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'window', 'document'],
].filter((name, index, all) => all.indexOf(name) === index);

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-bench/',
      'test-results/',
      'playwright-report/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // src/facilitation/ (a room session, its report and timeline) and src/flow/ (the screen flow
    // solo play and rooms share) are held to the same fence: both windows and the Node tests run them.
    files: ['src/engine/**/*.ts', 'src/facilitation/**/*.ts', 'src/flow/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message:
                "Import z from './zod': it turns off zod's eval-based compiler, which the CSP forbids.",
            },
            {
              name: 'zod/mini',
              message:
                "Import z from './zod-mini': it turns off zod's eval-based compiler, which the CSP forbids.",
            },
          ],
          patterns: [
            { group: ['phaser', 'phaser/*'], message: 'src/engine/ is pure: no Phaser.' },
            { group: ['howler', 'howler/*'], message: 'src/engine/ is pure: no Howler.' },
            {
              group: ['node:*'],
              message: 'src/engine/ runs in the browser too: no Node built-ins.',
            },

            {
              group: ['../ui/*', '../scenes/*', '../audio/*', '../ui/**', '../audio/**'],
              message: 'The engine never imports the presentation.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...engineForbiddenGlobals.map((name) => ({
          name,
          message: `src/engine/ is pure and runs in Node and the browser: '${name}' is not allowed.`,
        })),
      ],
    },
  },
  {
    // The stage and the sound bank hear the story through src/stage/ only; the DOM layer is not
    // theirs to import (and src/stage/ imports nothing of the presentation).
    files: ['src/scenes/**/*.ts', 'src/audio/**/*.ts', 'src/stage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../ui/*', '../ui/**'],
              message:
                'Listen through src/stage/stage-events.ts; the DOM layer is not imported here.',
            },
          ],
        },
      ],
    },
  },
);
