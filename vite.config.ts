import { defineConfig, type Plugin } from 'vite';

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
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [relaxStyleSourcesInDev()],
  build: {
    target: 'es2022',
    // Phaser is one large ESM module by design; it loads behind the first screen.
    chunkSizeWarningLimit: 1600,
    // Inline nothing as data: URLs: fonts and sounds stay files, cached and CSP-friendly.
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
