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
      name: /^(Begin|Continue|See how it ends|Rejoin history|Skip the check)$/,
    });
    await tabTo(page, onward.first());
  }
  throw new Error('no debrief after 80 screens');
}

/** The parts of a one-role, one-beat fictional scenario a test may change (YAML scalars). */
interface OneRoleParts {
  id: string;
  title?: string;
  summary?: string;
  roleName?: string;
  briefing?: string;
  beatTitle?: string;
  /** Where the beat goes; a wrong id makes a broken file. */
  next?: string;
  endingId?: string;
}

/** A small whole-document scenario as YAML text, for tests that load a file of their own. */
export function oneRoleScenario(parts: OneRoleParts): string {
  const {
    id,
    title = 'A test scenario',
    summary = 'One role, one beat.',
    roleName = 'The only role',
  } = parts;
  const { briefing = 'Hello.', beatTitle = 'First', endingId = 'the-end', next = endingId } = parts;
  return [
    `id: ${id}`,
    `title: ${title}`,
    `summary: ${summary}`,
    'version: 1.0.0',
    'language: en',
    'estimatedMinutes: 5',
    'fictional: true',
    'learningObjectives: [Text stays text]',
    'world: { meters: [], facts: [] }',
    'roles:',
    '  - id: only',
    `    name: ${roleName}`,
    '    summary: One role.',
    `    briefing: ${briefing}`,
    '    knows: []',
    '    start: first',
    '    beats:',
    '      - id: first',
    `        title: ${beatTitle}`,
    '        setting: office',
    '        text: Something happens.',
    `        next: ${next}`,
    '    endings:',
    `      - id: ${endingId}`,
    '        title: The end',
    '        debrief: Done.',
    '        reality: { text: Nothing. }',
    '        questions: [Why?]',
  ].join('\n');
}

/** Picks a scenario file on the scenario picker, as a player choosing one from disk. */
export async function uploadScenario(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Scenario file')
    .setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
}
