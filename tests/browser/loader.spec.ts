// Loading one's own scenario file: the same check as the CLI, off the main thread, cancellable,
// refusing dead ends by name, and resuming from the text that was accepted (issues 11 and 16).
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { uploadScenario } from './play-driver';

/** A whole-document scenario with one decision; `when` guards its 'go' choice, `extra` adds text. */
function scenario(parts: { id: string; second?: string; when?: string; debrief?: string }): string {
  const { id, when, debrief = 'Done.' } = parts;
  return [
    `id: ${id}`,
    'title: A loader test',
    'summary: One role, two decisions.',
    'version: 1.0.0',
    'language: en',
    'estimatedMinutes: 5',
    'fictional: true',
    'world:',
    '  facts:',
    '    - { id: warned, label: The team was warned, initial: false }',
    'roles:',
    '  - id: only',
    '    name: The only role',
    '    summary: One role.',
    '    briefing: Hello.',
    '    start: first',
    '    beats:',
    '      - id: first',
    '        title: First',
    '        setting: office',
    '        text: Something happens.',
    '        decision:',
    '          prompt: What now?',
    '          choices:',
    '            - { id: warn, label: Warn the team, effects: { set: { warned: true } }, next: second }',
    '            - { id: stay, label: Stay quiet, next: second }',
    '      - id: second',
    '        title: Second',
    '        setting: office',
    '        text: Later.',
    '        decision:',
    '          prompt: And now?',
    '          choices:',
    `            - { id: go, label: Go on, ${when ? `when: ${when}, ` : ''}next: the-end }`,
    ...(parts.second ? [parts.second] : []),
    '    endings:',
    '      - { id: the-end, title: The end, debrief: Done., reality: { text: Nothing. }, questions: [Why?, How?] }',
    `      - id: other-end`,
    '        title: The other end',
    `        debrief: ${debrief}`,
    '        reality: { text: Nothing. }',
    '        questions: [Why?, How?]',
  ].join('\n');
}

async function toPicker(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
}

test('a file with a dead end in some world is refused, naming the beat and the world', async ({
  page,
}) => {
  await toPicker(page);
  // 'go' is open only if the team was warned; staying quiet strands the player at 'second'.
  const stranded = scenario({
    id: 'stranded',
    when: '{ fact: warned, is: true }',
    second:
      '            - { id: leave, label: Leave, when: { fact: warned, is: true }, next: other-end }',
  });
  await uploadScenario(page, 'stranded.yaml', stranded);
  const problems = page.getByRole('alert');
  await expect(problems).toContainText("stranded.yaml can't be played");
  await expect(problems).toContainText("beat 'second' of role 'only' is a dead end");
  await expect(problems).toContainText(/warned/);
  await expect(problems).toContainText(/line \d+/);
});

test('a large hostile file checks off the main thread, shows progress, and Cancel is handled', async ({
  page,
}) => {
  await toPicker(page);
  // 1.5 MB: thousands of beats with no way on (issue 16's freezing file, larger).
  const beats = Array.from(
    { length: 20_000 },
    (_, i) => `      - { id: b-${i}, title: Beat, setting: office, text: Some text. }`,
  ).join('\n');
  const hostile = scenario({ id: 'hostile' }).replace('    beats:\n', `    beats:\n${beats}\n`);
  await uploadScenario(page, 'hostile.yaml', hostile);
  const running = page.locator('[data-check="running"]');
  await expect(running).toContainText('Checking hostile.yaml');
  const bar = running.locator('progress');
  await expect
    .poll(() => bar.evaluate((p: HTMLProgressElement) => p.value), { timeout: 30_000 })
    .toBeGreaterThan(5);
  // The worker reads while the page handles events: the progress it posts, then a click.
  await expect(running).toHaveAttribute('data-where', 'worker');
  await running.getByRole('button', { name: 'Cancel' }).click();
  await expect(running).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a file that is not UTF-8 is named as such', async ({ page }) => {
  await toPicker(page);
  const latin1 = Buffer.from(scenario({ id: 'latin' }).replace('Hello.', 'Caf\xe9.'), 'latin1');
  await page
    .getByLabel('Scenario file')
    .setInputFiles({ name: 'latin.yaml', mimeType: 'text/yaml', buffer: latin1 });
  await expect(page.getByRole('alert')).toContainText('not UTF-8 text');
});

/** A condition 55 deep (54 'not's around one fact) and a megabyte of backslashes. */
function heavyScenario(): string {
  const nested = `${'{ not: '.repeat(54)}{ fact: warned, is: false }${' }'.repeat(54)}`;
  return scenario({
    id: 'heavy',
    when: nested,
    second: '            - { id: leave, label: Leave, next: other-end }',
    debrief: `A\\${'\\'.repeat(1_100_000)}`,
  });
}

test('a loaded file resumes after a reload from the text it was accepted as', async ({ page }) => {
  test.setTimeout(120_000);
  await toPicker(page);
  await uploadScenario(page, 'heavy.yaml', heavyScenario());
  await page.getByRole('button', { name: 'Play The only role' }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: /Stay quiet/ }).click();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: heading ?? '' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('no longer available')).toHaveCount(0);
});

test('a facilitator session on a loaded file survives a reload right after Start', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?view=presenter');
  await page.getByRole('button', { name: 'Set up a session' }).click();
  await page.getByLabel('Or load your own scenario file (YAML or JSON)').setInputFiles({
    name: 'heavy.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(heavyScenario()),
  });
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('heavy', {
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Presenter' })).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Now on the projector: the overview/)).toBeVisible({
    timeout: 60_000,
  });
});
