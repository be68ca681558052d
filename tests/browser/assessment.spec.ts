// The before-and-after check, solo: answered before the briefing, played, answered again after
// the debrief, and the change on the debrief's first screen; keyboard only, axe clean, and the
// debrief taken in at a glance (its first screen at laptop size, at most 3 screens tall closed).
// Then the reflection: written by keyboard, kept over a reload, and carried by the share link
// (shown as text on the read-only path) only once the learner ticks that it may be.
import type { Locator, Page } from '@playwright/test';
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

/** Tabs until `target` has the focus, pressing nothing on it (a text field takes Enter). */
async function tabOnto(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
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

  // The reflection: one labelled field, typed into by keyboard; markup stays text.
  const reflection = page.getByRole('textbox', { name: 'What would you do differently?' });
  const written = 'Ring the owner first.\nAsk <b>who</b> else held the files.';
  await tabOnto(page, reflection);
  await page.keyboard.type('Ring the owner first.');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Ask <b>who</b> else held the files.');
  await expect(reflection).toHaveValue(written);
  await expect(page.locator('#reflection-count')).toHaveText(`${written.length} of 500 characters`);
  await page.keyboard.press('Tab');
  await expect(page.locator('.reflection-status')).toHaveText(
    'Your reflection is kept on this device.',
  );
  const tick = page.getByRole('checkbox', { name: 'Include my reflection when I share my path' });
  await expect(tick).toBeFocused();
  await expect(tick).not.toBeChecked();
  expect(await seriousViolations(page), 'reflection').toEqual([]);

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

  // Kept on the device: a reload resumes the debrief with the text, and the box still unticked.
  await page.setViewportSize(viewports.laptop);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeVisible();
  await expect(reflection).toHaveValue(written);
  await expect(tick).not.toBeChecked();

  // Unticked, the link leaves the reflection out; ticked, it carries it.
  const shareButton = page.getByRole('button', { name: 'Share my path' });
  await tabTo(page, shareButton);
  const link = page.locator('#share-link');
  await expect(page.locator('.share-reflection')).toContainText('not in the link');
  const plainLink = await link.inputValue();
  expect(plainLink.split('#/path/')[1]?.split('~')).toHaveLength(4);
  await tabTo(page, tick, 'Space');
  await expect(tick).toBeChecked();
  await expect(page.locator('.reflection-status')).toHaveText(
    'Your reflection will go with the link when you share your path.',
  );
  await expect(page.locator('.share-reflection')).toHaveText(
    'The link carries your reflection: whoever opens it can read it.',
  );
  const sharedLink = await link.inputValue();
  expect(sharedLink).not.toBe(plainLink);
  expect(sharedLink).toMatch(/#\/path\/[A-Za-z0-9._~-]+$/);
  await page.locator('.share').screenshot({
    path: 'tests/browser/screenshots/share-with-reflection-laptop.png',
  });

  // The read-only path shows the reflection as the learner's words, never as markup.
  await page.goto('about:blank'); // a new page load, not a move within this one
  await page.goto(sharedLink);
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeVisible();
  const shown = page.locator('.reflection-shared');
  await expect(shown).toHaveText(written);
  await expect(shown.locator('b')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'What would you do differently?' })).toHaveCount(
    0,
  );
  expect(await seriousViolations(page), 'shared path with a reflection').toEqual([]);
  await saveScreenshot(page, 'shared-path-reflection-laptop');
});
