import { test, expect, viewports, saveScreenshot, waitForStageAtRest } from './guarded-test';
import type { Page } from '@playwright/test';

/**
 * Issue 13: a decision screen at rest costs nothing. Once the stage has settled, nothing on the
 * page still ticks: Phaser's loop is asleep (no animation-frame requests), and no CSS or Web
 * Animation is running. Checked after the setting has arrived and after each redraw for a new size.
 */
async function expectStill(page: Page, where: string): Promise<void> {
  await waitForStageAtRest(page);
  const { frameRequests, animations } = await page.evaluate(async () => {
    let requests = 0;
    const original = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      requests += 1;
      return original(callback);
    };
    await new Promise((resolve) => setTimeout(resolve, 1000));
    window.requestAnimationFrame = original;
    return {
      frameRequests: requests,
      animations: document.getAnimations().filter((animation) => animation.playState === 'running')
        .length,
    };
  });
  expect(frameRequests, `no animation frames asked for at rest (${where})`).toBe(0);
  expect(animations, `no running animations at rest (${where})`).toBe(0);
}

test('a decision screen comes to rest, its setting painted on a 2D canvas, at every size', async ({
  page,
}) => {
  await page.setViewportSize(viewports.laptop);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Play Spillage/ }).click();
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('group', { name: /^Choices/ })).toBeVisible();
  await expectStill(page, 'laptop');
  // Still art is painted once and only copied: the cheapest renderer, with no WebGL context.
  const contexts = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
    return { twoD: canvas?.getContext('2d') !== null, webgl: canvas?.getContext('webgl') !== null };
  });
  expect(contexts).toEqual({ twoD: true, webgl: false });

  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await expectStill(page, size);
    await saveScreenshot(page, `stage-decision-${size}`);
  }
});
