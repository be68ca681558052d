import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The service worker's file name; `src/offline/register-offline-worker.ts` registers it. */
export const OFFLINE_WORKER_FILE = 'sw.js';

/**
 * Makes the production build playable offline after one visit: Workbox (through vite-plugin-pwa)
 * precaches every file a whole session can ask for, lazily loaded chunks included (Phaser, Howler,
 * every scenario, the scenario loader), the fonts and both sound formats, and a small manifest.
 *
 * Updates: a new build's worker takes over at once (skipWaiting + clientsClaim) and drops the old
 * files; the page then reloads once (see register-offline-worker.ts), which resumes from the
 * autosave. The browser only looks for a new worker when the page opens, so that reload comes
 * within seconds of opening the game, never in the middle of a long discussion.
 */
export function offlineApp(): PluginOption {
  return VitePWA({
    // The game registers the worker itself, after load and idle, and only over http(s).
    injectRegister: false,
    registerType: 'autoUpdate',
    filename: OFFLINE_WORKER_FILE,
    // The pages' icon (the manifest's icons are cached with the manifest).
    includeAssets: ['favicon.png'],
    manifest: {
      name: 'Spillage: a tabletop exercise',
      short_name: 'Spillage',
      description: 'A tabletop exercise on the 2014 Equation Group cache incident.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#0b1622',
      theme_color: '#0b1622',
      // PNGs drawn from scripts/icons/icon.svg (npm run favicon): Chromium builds an SVG icon as
      // a document on the page's main thread, a 30-45 ms task while the stage loads.
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      ],
    },
    workbox: {
      // woff is left out: every browser with service workers reads woff2. Both sound formats
      // stay, since which one Howler picks depends on the browser.
      globPatterns: ['**/*.{html,js,css,woff2,opus,mp3}'],
      // Phaser's chunks are up to about 210 KB; headroom so a larger one is never left out silently.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      skipWaiting: true,
      clientsClaim: true,
      // One self-contained worker file: nothing for the page's policy or a proxy to trip over.
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}
