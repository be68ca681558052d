import type { Page } from '@playwright/test';
import { playRoles, waitForStageAtRest } from '../bench/drive-game';
import { test, expect } from './guarded-test';
import { openDefaultScenario } from './play-driver';

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

test('with storage blocked the game still plays, and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openDefaultScenario(page);
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { level: 1, name: 'What follows' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'won’t be kept' })).toBeVisible();
});

test('with storage full the game still plays, and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await openDefaultScenario(page);
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'won’t be kept' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { level: 1, name: 'What follows' })).toBeVisible();
});

test('a damaged save is reported, and the player starts afresh', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('spillage.progress', '{"scenarioId": "equation-gr'),
  );
  // Only the hash differs, so goto would not reload the page: reload it as a player would.
  await page.goto('/#/play');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeHidden();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
});

test('a save whose engine record is corrupt is reported, and a new game can start', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem(
      'spillage.progress',
      JSON.stringify({
        scenarioId: 'equation-group',
        save: '{"format":"spillage-save","log":[{"type":"cho',
        briefedRole: null,
        outcomePending: false,
      }),
    ),
  );
  // Only the hash differs, so goto would not reload the page: reload it as a player would.
  await page.goto('/#/play');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: "can't be resumed" })).toBeVisible();
  await expect(page.locator('#kept-progress-note')).toContainText('This save is damaged');
  await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeHidden();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
});

test('a 10 MB scenario file is refused at once with a clear message', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  const huge = Buffer.alloc(10 * 1024 * 1024, 'a: b\n');
  await page
    .getByLabel('Scenario file')
    .setInputFiles({ name: 'huge.yaml', mimeType: 'text/yaml', buffer: huge });
  await expect(page.getByRole('alert')).toContainText('at most 2 MB');
  // The tab stays responsive: a round trip into the page comes straight back.
  const started = Date.now();
  await page.evaluate(() => 1);
  expect(Date.now() - started).toBeLessThan(1000);
});

test('a deeply nested scenario file is refused with a clear message', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
  await page
    .getByLabel('Scenario file')
    .setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await expect(page.getByRole('alert')).toContainText(/nest/i);
});

test('soak: 200 random playthroughs in one page, no errors, the heap flat', async ({ page }) => {
  test.setTimeout(600_000);
  // A small window: the soak is about leaks and errors, and software WebGL pays per pixel.
  await page.setViewportSize({ width: 640, height: 400 });
  await openDefaultScenario(page);
  await playRoles(page, 20);
  await waitForStageAtRest(page);
  const baseline = await heapAfterGc(page);
  await playRoles(page, 180, 20);
  await waitForStageAtRest(page);
  const after = await heapAfterGc(page);
  // Measured from playthrough 20, after caches and the JIT have warmed up.
  expect(
    after - baseline,
    `heap grew from ${baseline.toFixed(2)} MB to ${after.toFixed(2)} MB`,
  ).toBeLessThan(2);
  // The guarded page also fails this test on any console error or page error along the way.
});
