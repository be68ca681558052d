import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoTrouble,
  openWindowBy,
  saveScreenshot,
  test,
  viewports,
} from './guarded-test';
import { oneRoleScenario } from './play-driver';

// The presenter window opens at a laptop's size (see openWindowBy).
test.use({ viewport: viewports.laptop });

/** Text only the presenter may show: notes, and what the role does not know. */
const FACILITATOR_ONLY = [
  'Facilitator notes',
  'What the role does not know',
  'What the source says was done here',
  'That this code will one day be tied in the press',
  'Start where the spillage starts',
];

async function expectProjectorClean(projector: Page): Promise<void> {
  // After the session, the who-knew-what picture shows everything to everyone, as a debrief should.
  if (await projector.getByRole('heading', { level: 1, name: 'Session complete' }).count()) return;
  const text = await projector.locator('#screen').innerText();
  for (const secret of FACILITATOR_ONLY)
    expect(text, 'projector shows only room material').not.toContain(secret);
}

async function setUpContractorSession(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a session for a room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session' })).toBeVisible();
  await page.getByLabel('One team per role; the others watch and discuss').check();
  await page
    .getByLabel('Chosen roles, one after another, each starting from the scenario’s main line')
    .check();
  for (const box of await page.locator('input[type=checkbox][id^="setup-include-"]').all())
    if ((await box.getAttribute('id')) !== 'setup-include-contractor' && (await box.isChecked()))
      await box.uncheck();
  await page.getByLabel('Team playing The contractor').fill('Blue table');
}

test('a facilitator runs one role with two windows, votes and reasons, and exports the report', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize(viewports.projector);
  await setUpContractorSession(page);
  await saveScreenshot(page, 'facilitator-setup-projector');

  // The printable pack, as printed.
  await page.getByRole('button', { name: 'Print the pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /facilitator pack/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await saveScreenshot(page, 'facilitator-pack-printed');
  await page.screenshot({ path: 'tests/browser/screenshots/facilitator-pack-printed-page1.png' });
  await page.pdf({
    path: 'tests/browser/screenshots/facilitator-pack.pdf',
    preferCSSPageSize: true,
  });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(viewports.projector);
  await page.getByRole('button', { name: 'Back' }).first().click();

  // Start: this window becomes the projector, the presenter opens beside it.
  const { window: presenter, trouble: presenterTrouble } = await openWindowBy(
    page.getByRole('button', { name: 'Start the session' }),
  );
  const projector = page;
  await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter' })).toBeVisible();
  await expect(
    projector.getByRole('heading', { level: 1, name: /Equation Group|Spillage|cache/i }),
  ).toBeVisible();

  await presenter.getByRole('button', { name: 'Show the first briefing' }).click();
  await expect(
    projector.getByRole('heading', { level: 1, name: 'The contractor: briefing' }),
  ).toBeVisible();
  await expect(projector.getByText('Played by Blue table')).toBeVisible();
  await presenter.getByRole('button', { name: 'Begin the role' }).click();
  await expect(
    projector.getByRole('heading', { level: 1, name: 'A late evening at the office' }),
  ).toBeVisible();
  await expectProjectorClean(projector);

  // The timer: start, pause, extend; the projector follows.
  const clock = projector.locator('.timer-clock');
  await presenter.getByRole('button', { name: 'Start the timer' }).click();
  await expect(projector.locator('.timer-state')).toHaveText('remaining');
  await presenter.waitForTimeout(1500);
  await presenter.getByRole('button', { name: 'Pause the timer' }).click();
  await expect(projector.locator('.timer-state')).toHaveText('paused');
  const seconds = (text: string): number => {
    const [m, s] = text.replace('+', '').split(':').map(Number);
    return (m ?? 0) * 60 + (s ?? 0);
  };
  const before = seconds(await clock.innerText());
  await presenter.getByRole('button', { name: '+1 minute' }).click();
  await expect.poll(async () => seconds(await clock.innerText())).toBe(before + 60);

  // Reveal, a tied vote asked again, then a winner with a reason (HTML in it stays text).
  await expect(projector.getByRole('list', { name: 'Choices' })).toHaveCount(0);
  await presenter.getByRole('button', { name: 'Reveal the choices' }).click();
  await expect(projector.getByRole('list', { name: 'Choices' })).toBeVisible();
  const votes = presenter.locator('.vote-count');
  await votes.nth(0).fill('5');
  await votes.nth(1).fill('5');
  await votes.nth(2).fill('2');
  await presenter.getByRole('button', { name: 'Record the votes' }).click();
  await expect(projector.locator('.room-tie')).toContainText('A tie (5-5-2)');
  await saveScreenshot(projector, 'facilitator-projector-tie');
  await expect(presenter.locator('.vote-count')).toHaveCount(2);
  await presenter.locator('.vote-count').nth(0).fill('7');
  await presenter.locator('.vote-count').nth(1).fill('5');
  await presenter.getByLabel('The room’s reason, in one line').fill('<b>Deadline</b> first');
  await saveScreenshot(presenter, 'facilitator-presenter-vote');
  await presenter.getByRole('button', { name: 'Record the votes' }).click();
  await expect(projector.getByText('The room chose:')).toBeVisible();
  await expect(projector.getByText('Votes 7-5')).toBeVisible();
  await expect(projector.getByText('Because: <b>Deadline</b> first')).toBeVisible();
  await saveScreenshot(projector, 'facilitator-projector-outcome');

  // Either window recovers the session when reloaded.
  await projector.reload();
  await expect(projector.getByText('Votes 7-5')).toBeVisible();
  await presenter.reload();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter' })).toBeVisible();
  await expect(presenter.getByText(/Now on the projector: the outcome/)).toBeVisible();

  // On to the end of the role: the room agrees on the first choice each time.
  for (let step = 0; step < 40; step += 1) {
    await expectProjectorClean(projector);
    if (await presenter.getByRole('heading', { level: 1, name: /After-action report/ }).count())
      break;
    const agreed = presenter.getByLabel('The room agreed on');
    if (await agreed.count()) {
      await agreed.selectOption({ index: 1 });
      await presenter.getByRole('button', { name: 'Record this choice' }).click();
    } else if (await presenter.getByRole('button', { name: 'Rejoin history' }).count()) {
      await presenter.getByRole('button', { name: 'Rejoin history' }).click();
    } else {
      await presenter.locator('#advance').click();
    }
    if (step === 6) await saveScreenshot(presenter, 'facilitator-presenter-notes');
  }
  const report = presenter.locator('#screen');
  await expect(
    presenter.getByRole('heading', { level: 1, name: /After-action report/ }),
  ).toBeVisible();
  await expect(report).toContainText('Blue table');
  await expect(report).toContainText('7-5');
  await expect(report).toContainText('<b>Deadline</b> first');
  await expect(report).toContainText('Who knew what');
  await expect(report.locator('blockquote').first()).toBeVisible();
  await saveScreenshot(presenter, 'facilitator-report');
  await expect(
    projector.getByRole('heading', { level: 1, name: 'Session complete' }),
  ).toBeVisible();
  await saveScreenshot(projector, 'facilitator-projector-end');

  // Exports: Markdown with the tally, the reason escaped, citations; JSON that loads back.
  const markdownDownload = presenter.waitForEvent('download');
  await presenter.getByRole('button', { name: 'Download the report (Markdown)' }).click();
  const markdown = await readFile(await (await markdownDownload).path(), 'utf8');
  expect(markdown).toContain('7-5');
  expect(markdown).toContain('&lt;b&gt;Deadline&lt;/b&gt; first');
  expect(markdown).not.toContain('<b>');
  expect(markdown).toMatch(/^> /m);
  const jsonDownload = presenter.waitForEvent('download');
  await presenter.getByRole('button', { name: 'Download the session log (JSON)' }).click();
  const jsonPath = await (await jsonDownload).path();

  await presenter.goto('/?view=presenter');
  await presenter.evaluate(() => localStorage.removeItem('spillage.room'));
  await presenter.goto('/');
  await presenter.getByRole('button', { name: 'Run a session for a room' }).click();
  await presenter.getByLabel('Load a session log (JSON)').setInputFiles(jsonPath);
  await expect(
    presenter.getByRole('heading', { level: 1, name: /After-action report/ }),
  ).toBeVisible();
  await expect(presenter.locator('#screen')).toContainText('<b>Deadline</b> first');
  expectNoTrouble(presenterTrouble, 'the presenter window');
});

test('the presenter address without a session offers set-up', async ({ page }) => {
  await page.goto('/?view=presenter');
  await expect(page.getByRole('heading', { level: 1, name: 'Presenter' })).toBeVisible();
  await expect(page.getByText('No session is running.')).toBeVisible();
  await page.getByRole('button', { name: 'Set up a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session' })).toBeVisible();
  await page.setViewportSize(viewports.phone);
  await saveScreenshot(page, 'facilitator-setup-phone');
});

test('a facilitator runs a scenario loaded from a file; a broken one shows its errors', async ({
  page,
}) => {
  await page.goto('/?view=presenter');
  await page.getByRole('button', { name: 'Set up a session' }).click();
  const field = page.getByLabel('Or load your own scenario file (YAML or JSON)');
  const broken = oneRoleScenario({ id: 'broken', next: 'aftermath', endingId: 'after-math' });
  await field.setInputFiles({
    name: 'broken.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(broken),
  });
  await expect(page.locator('.notice')).toContainText("broken.yaml can't be played");
  await expect(page.locator('.notice')).toContainText('aftermath');
  const own = oneRoleScenario({
    id: 'own-drill',
    title: 'Our own drill',
    roleName: 'The <i>duty</i> officer',
  });
  await field.setInputFiles({
    name: 'drill.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(own),
  });
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('own-drill');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Presenter' })).toBeVisible();
  await expect(page.getByText('Our own drill', { exact: false }).first()).toBeVisible();
  // A reload finds the session and its scenario again, from the document the session carries.
  await page.reload();
  await expect(page.getByText(/Now on the projector: the overview/)).toBeVisible();
  await page.getByRole('button', { name: 'Show the first briefing' }).click();
  await expect(page.getByText('The <i>duty</i> officer', { exact: false }).first()).toBeVisible();
});
