import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test, viewports } from './guarded-test';

/** The checks load the game's chunk and replay the save: generous on a busy machine. */
const SLOW = { timeout: 20_000 };

/** A kept room state, started from the presenter's address, with the projector popup closed. */
async function keptRoomState(page: Page): Promise<Record<string, unknown>> {
  page.context().on('page', (popup) => void popup.close());
  await page.goto('/?view=presenter');
  await page.getByRole('button', { name: 'Set up a session' }).click();
  await page
    .getByLabel('Chosen roles, one after another, each starting from the scenario’s main line')
    .check();
  for (const box of await page.locator('input[type=checkbox][id^="setup-include-"]').all())
    if ((await box.getAttribute('id')) !== 'setup-include-contractor' && (await box.isChecked()))
      await box.uncheck();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByText(/Now on the projector: the overview/)).toBeVisible();
  const text = await page.evaluate(() => localStorage.getItem('spillage.room'));
  return JSON.parse(text ?? 'null') as Record<string, unknown>;
}

/** Replaces the kept room state and reloads the presenter, as a tampering student would. */
async function reloadWith(page: Page, text: string): Promise<void> {
  await page.evaluate((kept) => localStorage.setItem('spillage.room', kept), text);
  await page.reload();
}

test('a tampered spillage.room is refused with a notice, and the presenter still works', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(viewports.laptop);
  const state = await keptRoomState(page);
  const record = state.record as { startedAt: number; runs: { log: { at: number }[] }[] };
  const tampered: [string, unknown, RegExp][] = [
    [
      'its start date',
      { ...state, record: { ...record, startedAt: -1e308 } },
      /record\.startedAt must be a date/,
    ],
    ['its revision', { ...state, revision: 'many' }, /revision must be a number/],
    ['its screen', { ...state, screen: 'admin' }, /screen must be 'select' or 'overview'/],
    [
      'a step of its log',
      {
        ...state,
        record: { ...record, runs: [{ log: [{ ...record.runs[0]?.log[0], role: 'ceo' }] }] },
      },
      /runs\[0\] plays role 'ceo', which is not in the plan/,
    ],
    ['its JSON', '{"sessionId": "cut sh', /it is not complete JSON/],
  ];
  for (const [what, value, why] of tampered) {
    await reloadWith(page, typeof value === 'string' ? value : JSON.stringify(value));
    await expect(page.getByRole('heading', { level: 1, name: 'Presenter' }), what).toBeVisible(
      SLOW,
    );
    await expect(page.locator('.notice').last(), what).toContainText(
      'The kept session could not be read, because',
      SLOW,
    );
    await expect(page.locator('.notice').last(), what).toContainText(why);
    await expect(
      page.getByText(/No session is running\. The kept session could not be read/),
    ).toBeVisible();
  }
  await saveScreenshot(page, 'presenter-refused-room-laptop');
  // The tampered state is left as it was; the presenter can set up a new session over it.
  expect(await page.evaluate(() => localStorage.getItem('spillage.room'))).toBe(
    '{"sessionId": "cut sh',
  );
  await page.getByRole('button', { name: 'Set up a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session' })).toBeVisible();
});

test('the projector refuses a tampered spillage.room the same way', async ({ page }) => {
  const state = await keptRoomState(page);
  await page.goto('/?view=projector');
  await reloadWith(
    page,
    JSON.stringify({ ...state, timer: { durationMs: 1e308, usedMs: 0, runningSince: null } }),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Projector' })).toBeVisible(SLOW);
  await expect(page.locator('.notice').last()).toContainText(
    'timer.durationMs must be a span of time',
    SLOW,
  );
});

test('a room state kept by an earlier version (flags, not a screen) still opens', async ({
  page,
}) => {
  const { screen, ...rest } = await keptRoomState(page);
  expect(screen).toBe('overview');
  const flags = { overviewDone: true, briefedRole: null, outcomePending: false, ended: false };
  await reloadWith(page, JSON.stringify({ ...rest, ...flags }));
  await expect(page.getByText('Now on the projector: the briefing')).toBeVisible(SLOW);
  await expect(page.locator('.notice')).toHaveCount(0);
});

/** Kept progress for the contractor, one decision made with `reason`, on `screen`. */
function keptProgress(reason: string, screen?: 'outcome'): string {
  const save = {
    format: 'spillage-save',
    saveVersion: 1,
    scenario: { id: 'equation-group', version: '1.0.0' },
    savedAt: 1_764_000_000_000,
    log: [
      { type: 'start', at: 1_764_000_000_000, role: 'contractor' },
      {
        type: 'choose',
        at: 1_764_000_060_000,
        role: 'contractor',
        beat: 'the-deadline',
        choice: 'take-it-home',
        rationale: reason,
      },
    ],
  };
  return JSON.stringify({
    scenarioId: 'equation-group',
    save: JSON.stringify(save),
    // As the screen flow keeps it, or as earlier versions did (flags, still read).
    ...(screen ? { screen } : { briefedRole: 'contractor', outcomePending: false }),
  });
}

async function keepOnTitle(page: Page, progress: string): Promise<void> {
  await page.goto('/');
  await page.evaluate((text) => localStorage.setItem('spillage.progress', text), progress);
  await page.reload();
}

test('a save that reads back shows Resume, and resumes', async ({ page }) => {
  await keepOnTitle(page, keptProgress('Deadline first'));
  await page.getByRole('button', { name: 'Resume where you left off' }).click(SLOW);
  await expect(page).toHaveURL(/#\/play$/, SLOW);
  await expect(page.getByRole('heading', { level: 1, name: 'Spillage' })).toBeHidden();
  await expect(page.locator('#kept-progress-note')).toHaveCount(0);
});

test('a save kept with its screen resumes on that screen', async ({ page }) => {
  await keepOnTitle(page, keptProgress('Deadline first', 'outcome'));
  await page.getByRole('button', { name: 'Resume where you left off' }).click(SLOW);
  await expect(page.getByRole('heading', { level: 1, name: 'What follows' })).toBeVisible(SLOW);
});

test('a refused save hides Resume, says why, and is kept unchanged', async ({ page }) => {
  const progress = keptProgress('r'.repeat(5000));
  await keepOnTitle(page, progress);
  const note = page.locator('#kept-progress-note');
  await expect(note).toContainText('A saved game could not be resumed.', SLOW);
  await expect(note).toContainText('log[1].rationale is longer than 200 characters');
  await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeHidden();
  for (const [name, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    await saveScreenshot(page, `title-refused-save-${name}`);
  }
  // Set aside byte for byte: a new game cannot overwrite it, and it downloads as it was kept.
  expect(await page.evaluate(() => localStorage.getItem('spillage.progress'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('spillage.progress.unreadable'))).toBe(
    progress,
  );
  const download = page.waitForEvent('download');
  await note.getByRole('button', { name: 'Download the save' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(progress);
  await note.getByRole('button', { name: 'Forget it' }).click();
  await expect(note).toBeHidden();
  expect(
    await page.evaluate(() => localStorage.getItem('spillage.progress.unreadable')),
  ).toBeNull();
});

test('a damaged save opened at #/play is reported, set aside, and the player starts afresh', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('spillage.progress', '{"scenarioId": "equation-gr'),
  );
  await page.goto('/#/play');
  await page.reload();
  await expect(page.locator('.notice')).toContainText(
    "Your saved progress can't be resumed. It is damaged (it is not complete JSON).",
    SLOW,
  );
  await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeHidden();
  await expect(page.locator('#kept-progress-note')).toContainText('not complete JSON');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
});
