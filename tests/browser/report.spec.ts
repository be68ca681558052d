import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe-scan';
import { expect, saveScreenshot, test, viewports } from './guarded-test';
import { tabTo } from './play-driver';

const STARTED = Date.UTC(2026, 10, 30, 14, 0);

/** A session log of one contractor decision (7-5-2), not yet ended: the presenter resumes at the next beat. */
const SESSION_LOG = {
  format: 'spillage-room-session',
  version: 1,
  scenario: { id: 'equation-group', version: '1.0.0', title: 'Spillage: the Equation Group cache' },
  plan: {
    scenarioId: 'equation-group',
    mode: 'roles',
    teams: [{ role: 'contractor', team: 'Blue table' }],
    budgetMinutes: 60,
  },
  runs: [
    {
      log: [
        { type: 'start', at: STARTED, role: 'contractor' },
        {
          type: 'choose',
          at: STARTED + 8 * 60_000,
          role: 'contractor',
          beat: 'the-deadline',
          choice: 'take-it-home',
          tally: { 'take-it-home': 7, 'stay-late': 5, 'ask-for-time': 2 },
          rationale: 'The deadline felt real',
        },
      ],
    },
  ],
  startedAt: STARTED,
};

/** The printable area of an A4 page with the report's 15 mm margins, in CSS pixels. */
const A4_PRINTABLE = { width: 680, height: 1009 };

/** Ends the kept session as "End the session" does: the room is at the report. */
async function endKeptSession(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('spillage.room') ?? '{}') as {
      record: { startedAt: number; endedAt?: number };
      screen: string;
      revision: number;
    };
    state.record.endedAt = state.record.startedAt + 55 * 60_000;
    state.screen = 'report';
    state.revision += 1;
    localStorage.setItem('spillage.room', JSON.stringify(state));
  });
  await page.reload();
}

test('the wrap-up and ticked questions fill the report’s first page, which prints alone on A4', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(viewports.laptop);
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a session for a room' }).click();
  await page.getByLabel('Load a session log (JSON)').setInputFiles({
    name: 'session.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(SESSION_LOG)),
  });

  // At a beat, the presenter offers the questions to tick as discussed.
  const ticks = page.getByRole('group', { name: 'Discussed with the room (for the report)' });
  await expect(ticks).toBeVisible({ timeout: 20_000 });
  const first = ticks.getByRole('checkbox').first();
  const question = (await ticks.locator('label').first().innerText()).trim();
  await first.check();
  await expect(first).toBeChecked();
  await saveScreenshot(page, 'presenter-discussed-1366');

  await endKeptSession(page);
  await expect(page.getByRole('heading', { level: 1, name: /After-action report/ })).toBeVisible({
    timeout: 20_000,
  });

  // The wrap-up, entered at the hot-wash; a bad headcount is named, not saved.
  const wrapUp = page.getByRole('region', { name: /Wrap-up/ });
  await wrapUp.getByLabel('Facilitator').fill('Ada Lovelace');
  await wrapUp.getByLabel('Location').fill('Training room 2');
  await wrapUp.getByLabel('Participants (how many)').fill('-4');
  await wrapUp.getByRole('button', { name: 'Save the wrap-up to the report' }).click();
  await expect(wrapUp.getByRole('status')).toContainText('whole number from 0 to 999');
  await wrapUp.getByLabel('Participants (how many)').fill('18');
  await wrapUp.getByLabel('Names (optional)').fill('Grace Hopper\n=SUM(A1)');
  await wrapUp
    .getByLabel('The room’s takeaways')
    .fill(
      'Report a spill early: it is what we ask, and we protect whoever does.\nPirated software is an infection path.',
    );
  await wrapUp.getByLabel('Strengths').fill('Every team gave a reason');
  await wrapUp.getByLabel('To improve').fill('More time for the debrief');
  await wrapUp.getByLabel('Action 1: what is to be done').fill('Publish the reporting channel');
  await wrapUp.getByLabel('Action 1: owner').fill('Security office');
  await wrapUp.getByLabel('Action 1: due date').fill('2026-12-15');
  await wrapUp.getByRole('button', { name: 'Save the wrap-up to the report' }).click();

  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Ada Lovelace');
  await expect(summary).toContainText('18 people (2 names on the attendance list)');
  await expect(summary).toContainText('55 taken');
  await expect(summary).toContainText('1 decision recorded, in 1 of 1 role planned');
  await expect(summary).toContainText('Questions discussed1');
  await expect(summary).toContainText('Where the room chose otherwise than the source');
  await expect(summary.getByRole('row', { name: /Publish the reporting channel/ })).toContainText(
    'Security office',
  );
  await expect(page.locator('.report-role').first()).toContainText(question);
  // The form keeps what was saved, after the redraw.
  await expect(wrapUp.getByLabel('Facilitator')).toHaveValue('Ada Lovelace');
  await saveScreenshot(page, 'report-summary-1366');
  await summary.screenshot({ path: 'tests/browser/screenshots/report-summary-1366-section.png' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'tests/browser/screenshots/report-wrap-up-1366.png' });

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the attendance (CSV)' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv.split('\r\n')).toEqual([
    'Date,Scenario,Facilitator,Location,Headcount,Attendee',
    '2026-11-30,Spillage: the Equation Group cache,Ada Lovelace,Training room 2,18,Grace Hopper',
    "2026-11-30,Spillage: the Equation Group cache,Ada Lovelace,Training room 2,18,'=SUM(A1)",
    '',
  ]);

  // On paper: the form is gone, the summary fits the first A4 page, the appendix starts the next.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(A4_PRINTABLE);
  await expect(wrapUp).toBeHidden();
  const appendix = page.locator('.report-appendix');
  expect(await appendix.evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
  const summaryBottom = await summary.evaluate(
    (e) => e.getBoundingClientRect().bottom + window.scrollY,
  );
  expect(summaryBottom, 'the summary ends on the first page').toBeLessThanOrEqual(
    A4_PRINTABLE.height,
  );
  const appendixTop = await appendix.evaluate(
    (e) => e.getBoundingClientRect().top + window.scrollY,
  );
  expect(appendixTop).toBeGreaterThan(summaryBottom);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'tests/browser/screenshots/report-printed-a4-page1.png' });
  await page.pdf({ path: 'tests/browser/screenshots/report.pdf', preferCSSPageSize: true });
});

test('the pack prints the kit, the handouts, and each choice a room can meet once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Run a session for a room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session' })).toBeVisible({
    timeout: 30_000,
  });
  // The whole campaign, one team per role, so that the pack prints every role's decisions.
  await page.getByLabel('One team per role; the others watch and discuss').check();
  await page.getByLabel(/^Campaign: every role in order/).check();
  await page.getByRole('button', { name: 'Print the pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /facilitator pack/ })).toBeVisible({
    timeout: 30_000,
  });
  // Every decision of every role printed: no wording twice, and each variant says when it is met.
  const lists = page.locator('ol.pack-choices');
  expect(await lists.count()).toBeGreaterThan(10);
  for (const labels of await lists.evaluateAll((all) =>
    all.map((l) => [...l.querySelectorAll('.pack-choice-label')].map((e) => e.textContent)),
  ))
    expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
  const walkIn = page.locator('.pack-beat', {
    has: page.getByRole('heading', { name: 'Your office' }),
  });
  await expect(walkIn.locator('ol.pack-choices > li')).toHaveCount(3);
  await expect(walkIn.locator('.pack-choice-when').first()).toContainText(
    "Offered only when: A copy of the archive is on the vendor's servers in Moscow",
  );
  const cards = page.locator('.pack-card');
  await expect(cards.first()).toContainText('Your brief');
  await expect(cards.first()).not.toContainText('Learning objectives');
  await expect(page.getByRole('heading', { name: 'Opening words (read aloud)' })).toBeVisible();
  await expect(page.locator('.pack-script')).toContainText('no blame');
  for (const name of ['Glossary', 'Your feedback', 'Hot-wash'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

  // Who knew what, when: the picture of the scenario's main line (no room has chosen yet), each
  // mark telling on focus what its role knew, and the table as its accessible alternative.
  const lanes = page.locator('.pack-who-knew-what');
  await expect(lanes.getByRole('heading', { level: 2, name: 'Who knew what, when' })).toBeVisible();
  await expect(lanes.locator('.wkw-mark.is-own')).toHaveCount(0);
  expect(await lanes.locator('.wkw-mark.is-history').count()).toBeGreaterThan(10);
  await expect(lanes.locator('.wkw-key')).not.toContainText('played here');
  await expect(lanes.locator('table.wkw-table')).toContainText('Did not know');
  await tabTo(page, lanes.locator('.wkw-mark').first(), 'Space');
  await expect(lanes.locator('.wkw-detail')).toContainText('Knew');
  expect(await seriousViolations(page), 'pack').toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  for (const [id, name] of [
    ['pack-kit-heading', 'kit'],
    ['pack-glossary-heading', 'glossary'],
    ['pack-hot-wash-heading', 'hot-wash'],
  ]) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id}`).evaluate((e) => e.parentElement?.scrollIntoView());
    await page.screenshot({ path: `tests/browser/screenshots/pack-${name}-printed.png` });
  }
  await walkIn.evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: 'tests/browser/screenshots/pack-walk-in-printed.png' });

  // On A4 the picture fits the page's width, its words large enough to read (8 pt and more), in
  // black on white.
  const picture = lanes.locator('svg.wkw-picture');
  const printed = await picture.evaluate((svg) => {
    const name = svg.querySelector('.wkw-lane-name');
    return {
      right: svg.getBoundingClientRect().right,
      page: document.documentElement.clientWidth,
      words: name ? name.getBoundingClientRect().height : 0,
      colour: name ? getComputedStyle(name).fill : '',
    };
  });
  expect(printed.right, 'the picture within the page').toBeLessThanOrEqual(printed.page);
  expect(printed.words, 'lane names at 8 pt or more (about 10.7 px)').toBeGreaterThanOrEqual(10.5);
  expect(printed.colour).toBe('rgb(0, 0, 0)');
  await lanes.evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: 'tests/browser/screenshots/pack-who-knew-what-printed.png' });
});
