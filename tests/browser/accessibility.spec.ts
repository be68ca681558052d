import { seriousViolations } from './axe-scan';
import { test, expect } from './guarded-test';
import { openDefaultScenario, playToDebrief } from './play-driver';

test('axe finds no serious or critical problem on the title, a decision, an outcome and a debrief', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  expect(await seriousViolations(page), 'title').toEqual([]);

  await openDefaultScenario(page);
  expect(await seriousViolations(page), 'role picker').toEqual([]);
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('group', { name: /^Choices/ })).toBeVisible();
  expect(await seriousViolations(page), 'decision').toEqual([]);

  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { level: 1, name: 'What follows' })).toBeVisible();
  expect(await seriousViolations(page), 'outcome').toEqual([]);

  await playToDebrief(page);
  await page.getByRole('button', { name: 'Share my path' }).click();
  expect(await seriousViolations(page), 'debrief').toEqual([]);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  expect(await seriousViolations(page), 'menu').toEqual([]);
});

test('at 200 % text size the decision keeps all its content reachable', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDefaultScenario(page);
  await page.keyboard.press('Escape');
  await page.getByLabel('Text size').fill('200');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  const choices = page.getByRole('group', { name: /^Choices/ }).getByRole('button');
  for (const choice of await choices.all()) {
    await choice.scrollIntoViewIfNeeded();
    await expect(choice).toBeInViewport();
  }
  // Nothing is cut off sideways: the page does not scroll horizontally.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await page.screenshot({
    path: 'tests/browser/screenshots/decision-text-200-laptop.png',
    fullPage: false,
  });
});

test('reduced motion: the stage draws still frames and the loop sleeps', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDefaultScenario(page);
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-stage-loop', 'asleep', {
    timeout: 15_000,
  });
});

test('sound starts only after a gesture, with no console error', async ({ page }) => {
  const soundRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/sounds\/|howler/.test(request.url())) soundRequests.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  await page.waitForTimeout(1000);
  expect(soundRequests, 'nothing audible loads before a gesture').toEqual([]);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^Play Spillage/ }).click();
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect.poll(() => soundRequests.some((url) => url.includes('/sounds/'))).toBe(true);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-sound', 'playing');
  // On a still screen the bed plays once through, fades, and the audio device is suspended, so
  // a room's long discussion costs no CPU (src/audio/sound-bank.ts, BED_PLAYS_MS).
  await expect(html).toHaveAttribute('data-sound', 'quiet', { timeout: 20_000 });
  // The next screen wakes it again.
  await page
    .getByRole('group', { name: /^Choices/ })
    .getByRole('button')
    .first()
    .click();
  await expect(html).toHaveAttribute('data-sound', 'playing');
  // The guarded page fails the test on any console error, autoplay warnings included.
});

test('the set-up reads out whether the plan fits when that changes, not at each keystroke', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a session for a room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session' })).toBeVisible();
  await page.getByLabel('One team per role; the others watch and discuss').check();
  // Everything the polite live region is given from here on.
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const announcer = document.getElementById('announcer') as HTMLElement;
    new MutationObserver(() => {
      if (announcer.textContent) said.push(announcer.textContent);
    }).observe(announcer, { childList: true, characterData: true, subtree: true });
  });
  const said = (): Promise<string[]> =>
    page.evaluate(() => [...(window as unknown as { said: string[] }).said]);

  await page.getByLabel('Time budget').selectOption('45');
  await expect(page.locator('#setup-fit')).toContainText('This plan does not fit the time');
  await expect.poll(said).toEqual([expect.stringContaining('This plan does not fit the time')]);

  // Typing a team's name draws the screen again at each key; the verdict stands, unsaid.
  const team = page.getByLabel('Team playing The contractor');
  await team.focus();
  await team.press('End');
  await team.pressSequentially(' Blue');
  await expect(team).toHaveValue('Team 1 Blue');
  await page.waitForTimeout(300);
  expect(await said()).toHaveLength(1);

  await page.getByLabel('Time budget').selectOption('90');
  await expect.poll(said).toHaveLength(2);
  expect((await said())[1]).toMatch(/^This plan takes [\d.]+ of your 90 minutes/);
});
