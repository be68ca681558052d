import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { compileEagerly } from './build/compile-hints';
import { embedScenarios } from './build/embed-scenarios';
import { inlineSounds } from './build/inline-sounds';
import { offlineApp } from './build/offline-app';
import { precompress } from './build/precompress';
import { precompileMessages } from './build/precompile-messages';
import { singleFileCsp } from './build/single-file-csp';

// The npm scripts load this file with `--configLoader runner`: Vite 8's default loader bundles the
// config and warns, on every build, that the engine's extensionless imports will not load natively.

const here = dirname(fileURLToPath(import.meta.url));

/** `vite build --mode single` (`npm run build:single`): the whole game in one HTML file. */
const SINGLE_FILE_MODE = 'single';
const SINGLE_FILE_NAME = 'spillage.html';
/**
 * Phaser's build flags (the stage is still art on a 2D canvas: WebGL and sound left out), and
 * `global` for sources written for webpack.
 */
const phaserBuildFlags = {
  'typeof CANVAS_RENDERER': JSON.stringify(true),
  'typeof WEBGL_RENDERER': JSON.stringify(false),
  'typeof WEBGL_DEBUG': JSON.stringify(false),
  'typeof FEATURE_SOUND': JSON.stringify(false),
  'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
  'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
  // Packages written for webpack (Howler among them) reach for `global`; browsers call it
  // globalThis.
  global: 'globalThis',
};
/** The name of Phaser's chunks (several, with numbers added). */
const PHASER_CHUNK = 'phaser';

/**
 * Which modules go into Phaser's chunks: all of Phaser's but the game objects' factories (such as
 * gameobjects/container/ContainerFactory.js). A factory exports nothing and only registers its
 * game object, so the bundler runs it where its chunk loads; in Phaser's chunks that would run it,
 * and the game objects it requires, as soon as the first of Phaser's parts loads, in one task.
 * Left out, they run with the stage's Phaser (src/scenes/phaser-for-the-stage.ts).
 */
function inPhaserChunks(id: string): boolean {
  return (
    /node_modules[\\/]phaser[\\/]/.test(id) &&
    !/[\\/]gameobjects[\\/].+[\\/]\w+Factory\.js$/.test(id)
  );
}

/**
 * The Content-Security-Policy lives in index.html (a meta tag) so that every way of serving the
 * game, from `npm start` to a file on a USB stick, carries it. Vite's dev server injects CSS as
 * inline <style> elements for hot reloading, so in dev only we allow inline styles; the
 * production build loads CSS from files and keeps the strict policy.
 */
function relaxStyleSourcesInDev(): Plugin {
  return {
    name: 'spillage:relax-style-src-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      // In the policy itself, not the comment above it that names the same directive.
      return html.replace(/(content="[^"]*style-src 'self')/, "$1 'unsafe-inline'");
    },
  };
}

/**
 * Two builds from one source. The default: files in dist/, made playable offline by a service
 * worker. `--mode single`: dist-single/spillage.html, every script, style, font and sound inlined
 * (code splitting off, so lazy chunks are inlined too) for a USB stick and file://.
 */
export default defineConfig(({ mode }) => {
  const single = mode === SINGLE_FILE_MODE;
  return {
    base: './',
    plugins: [
      relaxStyleSourcesInDev(),
      precompileMessages(),
      embedScenarios({ folder: 'scenarios', defaultId: 'equation-group' }),
      ...(single
        ? [
            inlineSounds({ publicFolder: 'public' }),
            viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
            singleFileCsp({ fileName: SINGLE_FILE_NAME, favicon: 'public/favicon.png' }),
          ]
        : [offlineApp(), compileEagerly(['start-stage', PHASER_CHUNK]), precompress()]),
    ],
    // The single file carries its sounds and icon inside; nothing is copied beside it, so its
    // scenario-check worker travels inside it too (start-inline-check-worker.ts).
    publicDir: single ? false : 'public',
    resolve: {
      alias: [
        // Phaser from its sources, only the parts the stage uses (see
        // src/scenes/phaser-for-the-stage.ts); with the flags in `define`, the bundler also drops
        // its WebGL renderer and its sound (the stage is still art on a 2D canvas; Howler plays).
        {
          find: /^phaser$/,
          replacement: resolve(here, 'src/scenes/phaser-for-the-stage.ts'),
        },
        // Parts of Phaser run ahead of the rest (src/scenes/phaser-pieces.ts); the package
        // exports only its prebuilt files, so its sources are reached by path.
        { find: /^phaser\/src\//, replacement: `${resolve(here, 'node_modules/phaser/src')}/` },
        // colyseus.js's MessagePack reader probes for eval at load, which the policy forbids (and
        // reports); its no-eval build reads the same messages without the probe.
        { find: /^@colyseus\/msgpackr$/, replacement: '@colyseus/msgpackr/index-no-eval' },
        // The catalogues arrive compiled (build/precompile-messages.ts): no parser in the pages.
        {
          find: /^@formatjs\/icu-messageformat-parser$/,
          replacement: '@formatjs/icu-messageformat-parser/no-parser',
        },
        ...(single
          ? [
              {
                find: './start-check-worker',
                replacement: resolve(here, 'src/ui/loading/start-inline-check-worker.ts'),
              },
            ]
          : []),
      ],
    },
    define: phaserBuildFlags,
    // `npm run dev` bundles Phaser ahead with its own options; without the flags it would reach
    // for the WebGL debugger's module and the backdrop would not start.
    optimizeDeps: { rolldownOptions: { transform: { define: phaserBuildFlags } } },
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      emptyOutDir: true,
      // Phaser is one large ESM module by design; it loads behind the first screen.
      chunkSizeWarningLimit: single ? 8000 : 1600,
      // Inline nothing as data: URLs: fonts and sounds stay files, cached and CSP-friendly.
      // (vite-plugin-singlefile turns this around for the single file.)
      assetsInlineLimit: 0,
      // Phaser's chunks load while the player reads the title, off the critical path, so the
      // preload links Vite adds for them save nothing; inserting them was a 30-90 ms task.
      modulePreload: {
        resolveDependencies: (_file, dependencies) =>
          dependencies.filter((dependency) => !basename(dependency).startsWith(`${PHASER_CHUNK}-`)),
      },
      // The participant page (join.html) is its own entry: a phone loads none of the game.
      ...(single
        ? {}
        : {
            rollupOptions: {
              input: { main: resolve(here, 'index.html'), join: resolve(here, 'join.html') },
              output: {
                // Phaser in several chunks of similar size: Chromium compiles each off the main
                // thread but hands each over on it, and one 870 KB hand-over is a 50-80 ms task.
                // maxSize counts Phaser's source, comments and all: chunks of at most about 210 KB
                // once minified.
                codeSplitting: {
                  groups: [{ name: PHASER_CHUNK, test: inPhaserChunks, maxSize: 1500000 }],
                },
              },
            },
          }),
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    server: { host: '127.0.0.1' },
  };
});
