import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchTarget } from './bench-target';

/** The repository root (this file lives in tests/bench/). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Waits until nothing is loading any more and the fonts are in, so the screen is truly static. */
async function waitForQuietPage(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/**
 * Brings the game to the screen it idles on. Today that is the title screen, reached as soon as
 * the first frame is drawn; issue 7 measures a decision screen, so this is where the bench will
 * press Start and pick a role before idling.
 */
export async function prepareGameIdleScreen(page: Page): Promise<void> {
  await waitForQuietPage(page);
}

/** The blank reference idles on its one and only screen, the empty canvas. */
export async function prepareReferenceIdleScreen(page: Page): Promise<void> {
  await waitForQuietPage(page);
}

/** The production game, as `npm run build` writes it. */
export const gameTarget: BenchTarget = {
  name: 'game',
  distDir: fileURLToPath(new URL('../../dist/', import.meta.url)),
  hasFirstControl: true,
  idleScreen: 'title screen',
  prepareIdleScreen: prepareGameIdleScreen,
};

/** The blank Phaser 4 game under tests/bench/reference/, built to dist-bench/reference/. */
export const referenceTarget: BenchTarget = {
  name: 'reference',
  distDir: fileURLToPath(new URL('../../dist-bench/reference/', import.meta.url)),
  hasFirstControl: false,
  idleScreen: 'blank canvas',
  prepareIdleScreen: prepareReferenceIdleScreen,
};
