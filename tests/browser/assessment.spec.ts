// The before-and-after check, solo: answered before the briefing, played, answered again after
// the debrief, and the change on the debrief's first screen; keyboard only, axe clean, and the
// debrief taken in at a glance (its first screen at laptop size, at most 3 screens tall closed).
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe-scan';
import { expect, saveScreenshot, test, viewports } from './guarded-test';
import { openDefaultScenario, playToDebrief, tabTo } from './play-driver';

/** Answers every item of the check on screen by keyboard: `pick(item)` is the option's position. */
async function answerCheck(page: Page, pick: (item: number) => number): Promise<void> {
  const groups = page.locator('.check-form fieldset');
  const count = await groups.count();
  for (let item = 0; item < count; item += 1) {
    const radios = groups.nth(item).getByRole('radio');
    // Tab lands on a radio group; arrow keys move within it (and select), as in any form.
    await tabTo(page, radios.first(), 'Space');
    for (let step = 0; step < pick(item); step += 1) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(pick(item))).toBeChecked();
  }
}

test('solo: the check before, play, the check after, and the change at a glance', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize(viewports.laptop);
  await openDefaultScenario(page);
  await tabTo(page, page.getByRole('button', { name: 'Play The contractor' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Before you start/ })).toBeFocused();
  expect(await seriousViolations(page), 'check before').toEqual([]);
  await saveScreenshot(page, 'check-before-laptop');
  // Before: the second option everywhere (wrong for every knowledge item, whose answer is first).
  await answerCheck(page, () => 1);
  await tabTo(page, page.getByRole('button', { name: 'Done: on to the briefing' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Briefing/ })).toBeFocused();

  await playToDebrief(page);
  const change = page.locator('.glance-change');
  await expect(change).toContainText('Take the same check again');
  await tabTo(page, change.getByRole('button', { name: 'Take the check again' }));
  await expect(page.getByRole('heading', { level: 1, name: 'The same check again' })).toBeFocused();
  // After: the first option everywhere (right for every knowledge item).
  await answerCheck(page, () => 0);
  await tabTo(page, page.getByRole('button', { name: 'Done: see what changed' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeFocused();
  await expect(change).toContainText('Questions right: 0 of 3 before, 3 after.');
  await expect(change.getByRole('row', { name: /anti-virus software routinely/ })).toContainText(
    /Not right\s*Right/,
  );
  await expect(change).toContainText(/Confidence: Slightly sure before, Not at all sure after/);

  // At a glance: the ending, what the source says, the path picture and the change all on the
  // first screen of a laptop.
  const firstScreen = viewports.laptop.height;
  for (const part of [
    page.locator('.ending-verdict'),
    page.getByRole('heading', { name: 'What the source says' }),
    page.getByRole('img', { name: /Your path beside the scenario’s main line/ }),
    change.locator('.check-score'),
  ]) {
    const box = await part.boundingBox();
    expect(box, 'on the page').not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), 'within the first screen').toBeLessThanOrEqual(
      firstScreen,
    );
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'at most 3 screens tall with every section closed').toBeLessThanOrEqual(
    3 * firstScreen,
  );
  expect(await seriousViolations(page), 'debrief').toEqual([]);

  // Each knowledge item is explained with its excerpt, in a section the reader opens.
  const explained = page.locator('details', { hasText: 'The check, explained' });
  await tabTo(page, explained.locator('summary'));
  await expect(explained.locator('.check-explained').first()).toContainText('Answer:');
  await expect(explained.locator('blockquote').first()).toBeVisible();
  await page.keyboard.press('Enter');

  // Who knew what, when: a picture of lanes whose marks say, on focus, what each role knew.
  const lanes = page.locator('details', { hasText: 'Who knew what, when' });
  await tabTo(page, lanes.locator('summary'));
  await tabTo(page, lanes.locator('.wkw-mark.is-own').first());
  await expect(lanes.locator('.wkw-detail')).toContainText('The contractor');
  await expect(lanes.locator('.wkw-detail')).toContainText('Knew');
  await expect(lanes.locator('.wkw-mark.is-history').first()).toBeAttached();
  await expect(lanes.locator('table.wkw-table')).toBeVisible();
  expect(await seriousViolations(page), 'who knew what').toEqual([]);
  await lanes.locator('.wkw-figure').screenshot({
    path: 'tests/browser/screenshots/who-knew-what-picture-laptop.png',
  });
  await tabTo(page, lanes.locator('summary'));

  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tests/browser/screenshots/debrief-glance-${size}.png` });
    await saveScreenshot(page, `debrief-glance-${size}-full`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `no sideways scroll at ${size}`).toBeLessThanOrEqual(0);
  }
});
