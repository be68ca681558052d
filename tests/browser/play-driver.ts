import type { Locator, Page } from '@playwright/test';
import { expect } from './guarded-test';

/** Presses Tab until `target` has focus, then the given key: how a keyboard-only player moves. */
export async function tabTo(
  page: Page,
  target: Locator,
  press: 'Enter' | 'Space' = 'Enter',
): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await page.keyboard.press(press);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** From the title to the role picker of the default scenario, by keyboard. */
export async function openDefaultScenario(page: Page): Promise<void> {
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: /^Play Spillage/ }));
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your role' })).toBeFocused();
}

/** Plays from the current screen to the debrief by keyboard: number keys pick, Tab+Enter goes on. */
export async function playToDebrief(
  page: Page,
  pickKey: (decision: number) => string = () => '1',
): Promise<number> {
  let decisions = 0;
  for (let screens = 0; screens < 80; screens += 1) {
    if (await page.getByRole('heading', { level: 1, name: /^Debrief/ }).isVisible())
      return decisions;
    const choices = page.getByRole('group', { name: /^Choices/ });
    if (await choices.isVisible()) {
      const count = await choices.getByRole('button').count();
      const key = String(Math.min(count, Number(pickKey(decisions))));
      await page.keyboard.press(key);
      decisions += 1;
      await expect(page.getByRole('heading', { level: 1, name: 'What follows' })).toBeFocused();
      continue;
    }
    const onward = page.getByRole('button', {
      name: /^(Begin|Continue|See how it ends|Rejoin history)$/,
    });
    await tabTo(page, onward.first());
  }
  throw new Error('no debrief after 80 screens');
}
