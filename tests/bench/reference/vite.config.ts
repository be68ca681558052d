import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the blank Phaser reference on its own, away from the game's config and output.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist-bench/reference', import.meta.url)),
    emptyOutDir: true,
    // Phaser alone is over Vite's 500 kB warning; the size is the point of the reference.
    chunkSizeWarningLimit: 2000,
  },
});
