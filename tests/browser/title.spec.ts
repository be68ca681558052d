import { test, expect, viewports, saveScreenshot, waitForStageAtRest } from './guarded-test';
import { tabTo } from './play-driver';

for (const [size, viewport] of Object.entries(viewports)) {
  test(`the title works at ${size} size (${viewport.width}x${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Spillage' })).toBeVisible();
    const start = page.getByRole('button', { name: 'Start' });
    await expect(start).toBeEnabled();
    await expect(start).toBeInViewport();
    await waitForStageAtRest(page);
    await saveScreenshot(page, `title-${size}`);

    await start.click();
    const heading = page.getByRole('heading', { level: 1, name: 'Choose a scenario' });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await waitForStageAtRest(page);
    await saveScreenshot(page, `after-start-${size}`);
  });
}

test('the title is usable by keyboard alone and back again', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Back to the title' }), 'Space');
  await expect(page.getByRole('heading', { level: 1, name: 'Spillage' })).toBeFocused();
  await expect(page.locator('#announcer')).toContainText('Spillage');
});

test('the game loop sleeps on a static screen and wakes for a change', async ({ page }) => {
  await page.goto('/');
  await waitForStageAtRest(page);
  // Count animation-frame requests: a running Phaser loop asks for one every frame.
  const frameRequests = await page.evaluate(async () => {
    let requests = 0;
    const original = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      requests += 1;
      return original(callback);
    };
    await new Promise((resolve) => setTimeout(resolve, 1500));
    window.requestAnimationFrame = original;
    return requests;
  });
  expect(frameRequests, 'the loop stayed asleep with nothing moving').toBe(0);

  // Record every change of the loop's state around a screen change.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { loopStates: string[] }).loopStates = seen;
    new MutationObserver(() => seen.push(document.documentElement.dataset.stageLoop ?? '')).observe(
      document.documentElement,
      { attributes: true, attributeFilter: ['data-stage-loop'] },
    );
  });
  await page.getByRole('button', { name: 'Start' }).click();
  // The stage hears of the change after the DOM has painted, then wakes.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { loopStates: string[] }).loopStates))
    .toContain('awake');
  await waitForStageAtRest(page);
  const states = await page.evaluate(
    () => (window as unknown as { loopStates: string[] }).loopStates,
  );
  expect(states, 'the loop woke for the change, then slept again').toContain('awake');
  expect(states.at(-1)).toBe('asleep');
});

test('the Start button is usable before Phaser has loaded', async ({ page }) => {
  // Hold back Phaser's chunk: the DOM title must not wait for it.
  await page.route('**/assets/start-stage-*.js', () => undefined);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
  expect(
    await page.evaluate(() => performance.getEntriesByName('spillage:first-frame').length),
  ).toBe(0);
});
