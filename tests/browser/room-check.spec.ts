// A room's before-and-after check: the presenter types a show of hands before and after a role,
// by keyboard, and the report shows both (on screen, in Markdown, as CSV); axe clean.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe-scan';
import { expect, saveScreenshot, test, viewports } from './guarded-test';
import { tabTo } from './play-driver';

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

test('a room records its check before and after a role, and the report shows both', async ({
  page,
}) => {
  test.setTimeout(240_000);
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
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Start the session' }).click();
  const presenter = await opened;
  await presenter.setViewportSize(viewports.laptop);
  await tabTo(presenter, presenter.getByRole('button', { name: 'Show the first briefing' }));

  // Before: a show of hands per answer, typed and recorded by keyboard.
  const panel = presenter.getByRole('region', { name: 'The check, before this role' });
  await expect(panel).toBeVisible();
  await typeShowOfHands(presenter, [3, 6, 2]);
  await tabTo(presenter, panel.getByRole('button', { name: 'Record the show of hands' }));
  await expect(panel.getByRole('status')).toContainText('Recorded');
  expect(await seriousViolations(presenter), 'presenter check').toEqual([]);
  await saveScreenshot(presenter, 'room-check-presenter-laptop');

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
  const after = presenter.getByRole('region', { name: 'The check, after this role' });
  await typeShowOfHands(presenter, [10, 1, 0]);
  await tabTo(presenter, after.getByRole('button', { name: 'Record the show of hands' }));
  await expect(after.getByRole('status')).toContainText('Recorded');
  await tabTo(presenter, presenter.locator('#advance'));

  // The report: the room's answers before beside after, per item.
  const section = presenter.getByRole('region', { name: /Before and after: the room’s check/ });
  await expect(section).toBeVisible();
  const ordered = section.locator('figure', { hasText: 'what did the CEO tell the analysts' });
  await expect(ordered.getByRole('row', { name: /Delete it \(right answer\)/ })).toContainText(
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
