// Two journeys a trainer runs cold: the 60-minute awareness preset (every team decides; undo,
// skip, a projector read from the back row) and a 90-minute campaign to the report (end the role,
// end now), with the session clock checked against the plan on the way.
import type { Page } from '@playwright/test';
import {
  expect as baseExpect,
  expectNoTrouble,
  saveScreenshot,
  test,
  viewports,
  watchPage,
} from './guarded-test';

// Two windows on a shared, busy machine: give each step more than the default five seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

async function startFromSetUp(page: Page, choose: (page: Page) => Promise<void>): Promise<Page> {
  await page.setViewportSize(viewports.projector);
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a session for a room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session' })).toBeVisible();
  await choose(page);
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Start the session' }).click();
  const presenter = await opened;
  await presenter.setViewportSize(viewports.projector);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter' })).toBeVisible({
    timeout: 90_000,
  });
  return presenter;
}

/** The projector's body text size and whether the screen's content fits the window. */
async function legibility(
  projector: Page,
): Promise<{ body: number; bottom: number; wide: boolean }> {
  return projector.evaluate(() => {
    const panel = document.querySelector('.room-projector');
    // Body text: every paragraph and list item but the classification label across the top.
    const texts = [...(panel?.querySelectorAll('p:not(.classification-banner), li') ?? [])];
    const sizes = texts.map((node) => parseFloat(getComputedStyle(node).fontSize));
    const last = [...(panel?.querySelectorAll('.room-choices li') ?? [])].at(-1);
    return {
      body: Math.min(...sizes),
      bottom: (last?.getBoundingClientRect().bottom ?? 0) + window.scrollY,
      wide: document.documentElement.scrollWidth <= window.innerWidth,
    };
  });
}

test('the 60-minute awareness preset: every team decides, undo and skip, a legible projector', async ({
  page,
}) => {
  test.setTimeout(400_000);
  const presenter = await startFromSetUp(page, async (setup) => {
    await setup
      .getByLabel('Preset')
      .selectOption({ label: '60 minutes: awareness (the contractor), every team decides' });
    await expect(setup.locator('#setup-fit')).toContainText(
      /This plan takes [\d.]+ of your 60 minutes/,
    );
    await saveScreenshot(setup, 'presenter-setup-preset');
    // Another length shows the warning and what to cut.
    await setup.getByLabel('Time budget').selectOption('45');
    await expect(setup.locator('#setup-fit')).toContainText('This plan does not fit the time');
    await expect(setup.locator('#setup-fit')).toContainText('Or book');
    await setup.getByLabel('Time budget').selectOption('60');
  });
  const trouble = await watchPage(presenter);
  const projector = page;
  await expect(presenter.locator('#session-clock')).toContainText('of 60 min');
  await expect(presenter.locator('#session-clock')).toContainText('plan to here 0 min');

  // The script: the words to read, one primary button, the keys on screen.
  await expect(presenter.locator('.script-read')).toContainText('Someone at the NSA');
  await expect(presenter.locator('#screen button.primary')).toHaveCount(1);
  await presenter.keyboard.press('n'); // the next action: the briefing
  await expect(projector.getByRole('heading', { level: 1, name: /briefing/ })).toBeVisible();
  await expect(presenter.locator('#session-clock')).toContainText('plan to here 5 min');
  await presenter.keyboard.press('n');
  await expect(
    projector.getByRole('heading', { level: 1, name: 'A late evening at the office' }),
  ).toBeVisible();
  // The timer and the notes agree on the scenario's own minutes.
  await expect(presenter.locator('#presenter-timer .timer-clock')).toHaveText('5:00');
  await expect(presenter.getByText('The scenario suggests 5 minutes')).toBeVisible();
  await expect(presenter.locator('#screen button.primary')).toHaveText(/Reveal the choices/);
  await presenter.keyboard.press('n');
  await expect(projector.getByRole('list', { name: 'Choices' })).toBeVisible();

  // The projector from the back row: 32 px text or more, the decision on one screen.
  await projector.waitForTimeout(300);
  const seen = await legibility(projector);
  expect(seen.body, 'projector body text at 1920x1080').toBeGreaterThanOrEqual(32);
  expect(seen.bottom, 'the last choice is on the screen').toBeLessThanOrEqual(1080);
  expect(seen.wide).toBe(true);
  await saveScreenshot(projector, 'presenter-projector-decision');
  await saveScreenshot(presenter, 'presenter-script-decision');

  // Every team's choice and reason; then undo, and vote again.
  const choose = async (index: number, reason: string): Promise<void> => {
    await presenter.locator(`#team-choice-${index}`).selectOption({ index: 1 + (index % 2) });
    await presenter.locator(`#team-reason-${index}`).fill(reason);
  };
  for (let i = 0; i < 4; i += 1) await choose(i, `reason ${i + 1}`);
  await presenter.locator(`#team-choice-3`).selectOption({ index: 1 });
  await presenter.getByRole('button', { name: 'Record the teams’ choices' }).click();
  await expect(projector.getByRole('list', { name: 'Each team’s choice' })).toContainText(
    'reason 2',
  );
  await saveScreenshot(projector, 'presenter-projector-team-votes');
  await presenter.keyboard.press('u');
  await expect(projector.getByRole('list', { name: 'Choices' })).toBeVisible();
  await expect(presenter.locator('#team-choice-0')).toBeVisible();
  // Skip: history's choice, no vote; the projector says so.
  await presenter.keyboard.press('s');
  await expect(projector.getByText(/History’s choice, read out/)).toBeVisible();

  // A narrated decision later on: its one action reads history's choice.
  for (let step = 0; step < 30; step += 1) {
    if (await presenter.getByRole('button', { name: /Read history’s choice and go on/ }).count())
      break;
    const reveal = presenter.getByRole('button', { name: /Reveal the choices/ });
    if (await reveal.count()) {
      await reveal.click();
      for (let i = 0; i < 4; i += 1)
        await presenter.locator(`#team-choice-${i}`).selectOption({ index: 1 });
      await presenter.getByRole('button', { name: 'Record the teams’ choices' }).click();
    } else await presenter.locator('#advance').click();
  }
  await expect(presenter.locator('.presenter-narrated')).toBeVisible();
  await expect(presenter.locator('#presenter-timer .timer-clock')).toHaveText('1:00');
  await saveScreenshot(presenter, 'presenter-script-narrated');
  for (const viewport of ['laptop', 'phone'] as const) {
    await presenter.setViewportSize(viewports[viewport]);
    await saveScreenshot(presenter, `presenter-script-${viewport}`);
    await projector.setViewportSize(viewports[viewport]);
    await saveScreenshot(projector, `presenter-projector-${viewport}`);
  }
  expectNoTrouble(trouble, 'the presenter window');
});

test('a 90-minute campaign to the report: end the role, page the debrief, end now', async ({
  page,
}) => {
  test.setTimeout(400_000);
  const presenter = await startFromSetUp(page, async (setup) => {
    await setup.getByLabel('One team per role; the others watch and discuss').check();
    await setup.getByLabel(/^Campaign:/).check();
    await setup.getByLabel('Time budget').selectOption('90');
    // The whole incident does not fit 90 minutes: the set-up says so, and what to cut.
    await expect(setup.locator('#setup-fit')).toContainText(
      /This plan takes [\d.]+ minutes, [\d.]+ more than the 90/,
    );
    await expect(setup.locator('#setup-fit li').first()).toContainText('Narrate');
  });
  const projector = page;
  await presenter.locator('#advance').click(); // the briefing
  await presenter.getByRole('button', { name: /End the role/ }).click();
  await expect(projector.getByRole('heading', { level: 1, name: /^Debrief:/ })).toBeVisible();
  // The debrief: questions first; the presenter pages the projector.
  await expect(projector.locator('.room-projector h2').first()).toHaveText('For discussion');
  await presenter.keyboard.press(']');
  await expect.poll(() => projector.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await saveScreenshot(projector, 'presenter-projector-debrief-page2');
  await presenter.keyboard.press('[');
  await expect.poll(() => projector.evaluate(() => window.scrollY)).toBe(0);
  // The clock: briefing, the role's decisions (narrated by ending it) and the overview are done.
  await expect(presenter.locator('#session-clock')).toContainText('of 90 min');
  await expect(presenter.locator('#session-clock')).toContainText(/min ahead/);
  await presenter.locator('#advance').click(); // the next role
  await expect(
    projector.getByRole('heading', { level: 1, name: /briefing|main line/ }),
  ).toBeVisible();
  await presenter.getByRole('button', { name: 'End now and report' }).click();
  await expect(
    presenter.getByRole('heading', { level: 1, name: /After-action report/ }),
  ).toBeVisible();
  await expect(
    projector.getByRole('heading', { level: 1, name: 'Session complete' }),
  ).toBeVisible();
});
