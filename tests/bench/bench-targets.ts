import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchTarget, HeapReader } from './bench-target';
import { goToFirstDecision, playRoles, timeChoices, waitForStageAtRest } from './drive-game';
import { waitInPage } from './wait-in-page';

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
 * Brings the game to the screen a room sits on longest: the first decision of the contractor, with
 * the stage's entry animation finished and its loop asleep.
 */
export async function prepareGameIdleScreen(page: Page): Promise<void> {
  await waitForQuietPage(page);
  await goToFirstDecision(page);
}

/** Waits until the game's ambient bed has faded and its AudioContext is suspended. */
async function waitForGameSilence(page: Page): Promise<void> {
  await waitInPage(page, () => document.documentElement.dataset.sound !== 'playing', null, 60_000);
}

/** Issue 7 item 3: 60 choices in a row, through outcomes, endings and new roles. */
async function measureGameChoiceToOutcome(page: Page): Promise<number[]> {
  return timeChoices(page, 60);
}

/** Issue 7 item 5: 50 whole playthroughs (the four roles in turn) in one page, without reloading. */
async function measureGameHeapOverPlaythroughs(
  page: Page,
  readHeap: HeapReader,
): Promise<{ afterFirst: number; afterLast: number }> {
  await page.goto(new URL('/', page.url()).toString());
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Play Spillage/ }).click();
  // The scenario loads as its own chunk: wait for its role picker before playing.
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  await playRoles(page, 1);
  await waitForStageAtRest(page);
  const afterFirst = await readHeap();
  await playRoles(page, 49, 1);
  await waitForStageAtRest(page);
  return { afterFirst, afterLast: await readHeap() };
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
  drawsFrames: true,
  waitForStageSettled: waitForStageAtRest,
  idleScreen: 'first decision screen',
  prepareIdleScreen: prepareGameIdleScreen,
  waitForSilence: waitForGameSilence,
  measureChoiceToOutcome: measureGameChoiceToOutcome,
  measureHeapOverPlaythroughs: measureGameHeapOverPlaythroughs,
};

/** The blank Phaser 4 game under tests/bench/reference/, built to dist-bench/reference/. */
export const referenceTarget: BenchTarget = {
  name: 'reference',
  distDir: fileURLToPath(new URL('../../dist-bench/reference/', import.meta.url)),
  hasFirstControl: false,
  drawsFrames: true,
  idleScreen: 'blank canvas',
  prepareIdleScreen: prepareReferenceIdleScreen,
};

/** The floor for idle CPU (issue 13): a static page with one button, served as it is (no build). */
export const staticPageTarget: BenchTarget = {
  name: 'static',
  distDir: fileURLToPath(new URL('./static-page/', import.meta.url)),
  hasFirstControl: false,
  drawsFrames: false,
  idleScreen: 'one button',
  prepareIdleScreen: waitForQuietPage,
};
