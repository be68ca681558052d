// A room's before-and-after check: the presenter types a show of hands before and after a role,
// by keyboard, and the report shows both (on screen, in Markdown, as CSV); axe clean. While the
// room answers, the projector shows the questions (legible at 1920x1080), then the counts, and a
// right answer only once the check after the role is recorded.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe-scan';
import { expect, openWindowBy, saveScreenshot, test, viewports } from './guarded-test';
import { tabTo } from './play-driver';

// The presenter window opens at a laptop's size (see openWindowBy).
test.use({ viewport: viewports.laptop });

/** Types counts into the check panel by keyboard: the nth answer of each question gets counts[n]. */
async function typeShowOfHands(presenter: Page, counts: readonly number[]): Promise<void> {
  const questions = presenter.locator('.room-check fieldset');
  for (let q = 0; q < (await questions.count()); q += 1) {
    const inputs = questions.nth(q).getByRole('spinbutton');
    for (let a = 0; a < Math.min(counts.length, await inputs.count()); a += 1) {
      await tabTo(presenter, inputs.nth(a), 'Space');
      await presenter.keyboard.press('Backspace');
      await presenter.keyboard.type(String(counts[a]));
    }
  }
}

/** The smallest text on the projector's panel (paragraphs, list items, headings), in px. */
async function smallestText(projector: Page): Promise<number> {
  return projector.evaluate(() => {
    const panel = document.querySelector('.room-projector');
    const texts = [...(panel?.querySelectorAll('p:not(.classification-banner), li, h2') ?? [])];
    return Math.min(...texts.map((node) => parseFloat(getComputedStyle(node).fontSize)));
  });
}

/** Screenshots of the projector at the three sizes, back at 1920x1080 after. */
async function projectorShots(projector: Page, name: string): Promise<void> {
  for (const [size, viewport] of Object.entries(viewports)) {
    await projector.setViewportSize(viewport);
    await saveScreenshot(projector, `${name}-${size}`);
  }
  await projector.setViewportSize(viewports.projector);
}

test('a room records its check before and after a role, and the report shows both', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize(viewports.projector);
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a session for a room' }).click();
  await page.getByLabel('One team per role; the others watch and discuss').check();
  await page
    .getByLabel('Chosen roles, one after another, each starting from the scenario’s main line')
    .check();
  for (const box of await page.locator('input[type=checkbox][id^="setup-include-"]').all())
    if ((await box.getAttribute('id')) !== 'setup-include-ceo' && (await box.isChecked()))
      await box.uncheck();
  await page.locator('#setup-include-ceo').check();
  const { window: presenter } = await openWindowBy(
    page.getByRole('button', { name: 'Start the session' }),
  );
  const projector = page;
  await tabTo(presenter, presenter.getByRole('button', { name: 'Show the first briefing' }));

  // Before: the questions on the projector, then a show of hands per answer, typed and recorded
  // by keyboard; the projector then shows the counts, and no answer as right.
  const panel = presenter.getByRole('region', { name: 'The check, before this role' });
  await expect(panel).toBeVisible();
  await tabTo(
    presenter,
    panel.getByRole('button', { name: 'Show the questions on the projector' }),
  );
  await expect(
    projector.getByRole('heading', { level: 1, name: /before the role, what do you think/ }),
  ).toBeVisible();
  const onScreen = projector.getByRole('list', { name: 'The check’s questions' });
  await expect(onScreen).toContainText('what did the CEO tell the analysts');
  await expect(onScreen).toContainText('Delete it');
  await expect(onScreen).not.toContainText('right answer');
  expect(await smallestText(projector), 'projector text at 1920x1080').toBeGreaterThanOrEqual(32);
  const bottom = await onScreen
    .locator('.projector-check-answers > li')
    .evaluateAll((all) => Math.max(...all.map((e) => e.getBoundingClientRect().bottom + scrollY)));
  expect(bottom, 'the whole check on one projector screen').toBeLessThanOrEqual(1080);
  expect(await seriousViolations(projector), 'projector check').toEqual([]);
  await projectorShots(projector, 'room-check-projector-questions');
  await expect(
    panel.getByRole('button', { name: 'Hide the questions on the projector' }),
  ).toBeFocused();
  await typeShowOfHands(presenter, [3, 6, 2]);
  await tabTo(presenter, panel.getByRole('button', { name: 'Record the show of hands' }));
  await expect(panel.getByRole('status')).toContainText('Recorded');
  expect(await seriousViolations(presenter), 'presenter check').toEqual([]);
  await saveScreenshot(presenter, 'room-check-presenter-laptop');
  const ordered = onScreen.getByRole('listitem').filter({ hasText: 'what did the CEO tell' });
  await expect(ordered.locator('.answer-count').first()).toHaveText('3');
  await expect(onScreen).not.toContainText('right answer');
  await projectorShots(projector, 'room-check-projector-counted');

  // The role (played alone, the CEO first rejoins the main line), the room agreeing on the first
  // choice each time, to its debrief.
  await tabTo(presenter, presenter.getByRole('button', { name: 'Rejoin history' }));
  await tabTo(presenter, presenter.getByRole('button', { name: 'Begin the role' }));
  for (let step = 0; step < 60; step += 1) {
    if (await presenter.getByRole('region', { name: 'The check, after this role' }).count()) break;
    const agreed = presenter.getByLabel('The room agreed on');
    if (await agreed.count()) {
      await agreed.selectOption({ index: 1 });
      await presenter.getByRole('button', { name: 'Record this choice' }).click();
    } else await presenter.locator('#advance').click();
  }
  // Moving on took the questions down; after the debrief they go up again, with no answer marked
  // until the room's answers after the role are recorded.
  await expect(onScreen).toHaveCount(0);
  const after = presenter.getByRole('region', { name: 'The check, after this role' });
  await tabTo(
    presenter,
    after.getByRole('button', { name: 'Show the questions on the projector' }),
  );
  await expect(
    projector.getByRole('heading', { level: 1, name: /the same questions, after the role/ }),
  ).toBeVisible();
  await expect(onScreen).not.toContainText('right answer');
  await typeShowOfHands(presenter, [10, 1, 0]);
  await tabTo(presenter, after.getByRole('button', { name: 'Record the show of hands' }));
  await expect(after.getByRole('status')).toContainText('Recorded');
  await expect(ordered.locator('.is-right')).toContainText('Delete it ✓ right answer');
  await expect(ordered.locator('.is-right .answer-count')).toHaveText('10 (before: 3)');
  expect(await smallestText(projector), 'projector text at 1920x1080').toBeGreaterThanOrEqual(32);
  expect(await seriousViolations(projector), 'projector answers').toEqual([]);
  await projectorShots(projector, 'room-check-projector-after');
  await tabTo(presenter, presenter.locator('#advance'));

  // The report: the room's answers before beside after, per item.
  const section = presenter.getByRole('region', { name: /Before and after: the room’s check/ });
  await expect(section).toBeVisible();
  const figure = section.locator('figure', { hasText: 'what did the CEO tell the analysts' });
  await expect(figure.getByRole('row', { name: /Delete it \(right answer\)/ })).toContainText(
    /3\s*10/,
  );
  expect(await seriousViolations(presenter), 'report').toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await presenter.screenshot({ path: 'tests/browser/screenshots/room-check-report-laptop.png' });

  const markdownDownload = presenter.waitForEvent('download');
  await presenter.getByRole('button', { name: 'Download the report (Markdown)' }).click();
  const markdown = await readFile(await (await markdownDownload).path(), 'utf8');
  expect(markdown).toContain('| Delete it (right answer) | 3 | 10 |');
  const csvDownload = presenter.waitForEvent('download');
  await tabTo(presenter, section.getByRole('button', { name: 'Download the check counts (CSV)' }));
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv).toContain('"Delete it","yes","3","10"');
  expect(csv).not.toMatch(/Table|team/i);

  await presenter.emulateMedia({ media: 'print' });
  await presenter.setViewportSize({ width: 794, height: 1123 });
  await section.scrollIntoViewIfNeeded();
  await presenter.screenshot({ path: 'tests/browser/screenshots/room-check-report-printed.png' });
});
