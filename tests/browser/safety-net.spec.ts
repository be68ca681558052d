// Hostile or broken input never leaves a dead page: each way in (the address, storage, a file, a
// message from another window) ends in a clear refusal or in the recovery dialog, and recovery
// never deletes a save. Issue 16, findings 2, 4, 6 and 7 (share link, ids named constructor).
import { test as base, type Page } from '@playwright/test';
import { seriousViolations } from './axe-scan';
import {
  expect,
  expectNoTrouble,
  saveScreenshot,
  test,
  viewports,
  watchPage,
  type PageTrouble,
} from './guarded-test';
import { oneRoleScenario, playToDebrief, uploadScenario } from './play-driver';

const DAMAGED_LINK = '/#/path/%E0%A4%A';
const recovery = (page: Page) => page.getByRole('alertdialog', { name: 'Something went wrong' });

/** Nothing but the errors a test caused on purpose: no CSP violation, no request elsewhere. */
function expectOnlyProvokedTrouble(trouble: PageTrouble): void {
  expectNoTrouble({ ...trouble, pageErrors: [], consoleErrors: [] });
}

/**
 * Waits for the recovery dialog, or for `refusal` on screen: either is fine, a dead page is not.
 * Without `refusal`, only the dialog will do.
 */
async function expectNetOrRefusal(page: Page, refusal?: RegExp): Promise<'net' | 'refusal'> {
  const net = recovery(page);
  const refused = refusal ? page.locator('#screen, #notices').getByText(refusal).first() : net;
  await expect(net.or(refused).first()).toBeVisible();
  if (await net.isVisible()) {
    await expect(net.getByRole('button', { name: 'Go on where I was' })).toBeFocused();
    await expect(net).toContainText('Nothing has been deleted');
    return 'net';
  }
  return 'refusal';
}

test.describe('the address', () => {
  test('a damaged share link says so in plain words, and the title stays usable', async ({
    page,
  }) => {
    await page.goto(DAMAGED_LINK);
    const notice = page.getByRole('status').filter({ hasText: 'link to a shared path is damaged' });
    await expect(notice).toBeVisible();
    await expect(recovery(page)).toHaveCount(0);
    expect(await seriousViolations(page), 'the damaged-link notice').toEqual([]);
    // A reload shows the title, not the damaged link again.
    expect(new URL(page.url()).hash).toBe('');
    for (const [size, viewport] of Object.entries(viewports)) {
      await page.setViewportSize(viewport);
      await saveScreenshot(page, `damaged-link-${size}`);
    }
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
  });

  test('a damaged link leaves "Run a session for a room" working too', async ({ page }) => {
    await page.goto(DAMAGED_LINK);
    await page.getByRole('button', { name: 'Run a session for a room' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Set up a session' })).toBeVisible();
  });

  test('a share code that decodes but is not a path is refused by name', async ({ page }) => {
    await page.goto('/#/path/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await expect(page.getByRole('status').filter({ hasText: "can't be shown" })).toBeVisible();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
  });
});

base.describe('the safety net', () => {
  base(
    'an unhandled error shows the recovery dialog; starting again keeps every save',
    async ({ page }) => {
      const trouble = await watchPage(page);
      await page.goto('/');
      // Progress that reads back, so the title that follows keeps it where it is (progress that
      // does not is set aside unchanged: kept-records.spec.ts).
      const save = {
        format: 'spillage-save',
        saveVersion: 1,
        scenario: { id: 'equation-group', version: '1.0.0' },
        savedAt: 1_764_000_000_000,
        log: [{ type: 'start', at: 1_764_000_000_000, role: 'contractor' }],
      };
      const saves = {
        'spillage.progress': JSON.stringify({
          scenarioId: 'equation-group',
          save: JSON.stringify(save),
          screen: 'briefing',
        }),
        'spillage.room': '{"kept": "as it was"}',
      };
      await page.evaluate((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
        setTimeout(() => {
          throw new Error('A test broke this on purpose');
        });
      }, saves);
      await expectNetOrRefusal(page);
      await expect(recovery(page)).toContainText('Part of the game stopped');
      expect(await seriousViolations(page), 'the recovery dialog').toEqual([]);
      for (const [size, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        await saveScreenshot(page, `recovery-${size}`);
      }
      await recovery(page).getByText('What the browser reported').click();
      await expect(recovery(page)).toContainText('A test broke this on purpose');

      // A second problem updates the same dialog instead of stacking another.
      await page.evaluate(() => void Promise.reject(new Error('And a rejection nobody handled')));
      await expect(recovery(page)).toContainText('This has happened 2 times');
      await expect(recovery(page)).toHaveCount(1);

      await recovery(page).getByRole('button', { name: 'Start again from the title' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Spillage' })).toBeVisible();
      await expect(recovery(page)).toHaveCount(0);
      const kept = await page.evaluate(
        (keys) => keys.map((key) => localStorage.getItem(key)),
        Object.keys(saves),
      );
      expect(kept).toEqual(Object.values(saves));
      expectOnlyProvokedTrouble(trouble);
    },
  );

  base('"Go on" closes the dialog and the game carries on where it was', async ({ page }) => {
    const trouble = await watchPage(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
    await page.evaluate(() => void Promise.reject(new TypeError('broken on purpose')));
    await expectNetOrRefusal(page);
    await recovery(page).getByRole('button', { name: 'Go on where I was' }).click();
    await expect(recovery(page)).toBeHidden();
    await page.getByRole('button', { name: /^Play Spillage/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose your role' })).toBeVisible();
    expectOnlyProvokedTrouble(trouble);
  });

  base(
    'a step of the start-up that fails opens the net, and the title still works',
    async ({ page }) => {
      const trouble = await watchPage(page);
      await page.addInitScript(() => {
        window.requestIdleCallback = () => {
          throw new Error('idle callbacks broken on purpose');
        };
      });
      await page.goto('/');
      await expectNetOrRefusal(page);
      await recovery(page).getByRole('button', { name: 'Go on where I was' }).click();
      await page.getByRole('button', { name: 'Start' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Choose a scenario' }),
      ).toBeVisible();
      expectOnlyProvokedTrouble(trouble);
    },
  );
});

base.describe('storage, files and messages', () => {
  base('tampered progress is refused or caught, and the title works', async ({ page }) => {
    const trouble = await watchPage(page);
    await page.goto('/');
    await page.evaluate(() =>
      localStorage.setItem(
        'spillage.progress',
        JSON.stringify({
          scenarioId: 'equation-group',
          save: JSON.stringify({ format: 'spillage-save', log: [{ type: 'start', role: 7 }] }),
          briefedRole: null,
          outcomePending: false,
        }),
      ),
    );
    await page.goto('/#/play');
    await page.reload();
    const outcome = await expectNetOrRefusal(page, /could not be restored|damaged|start afresh/);
    if (outcome === 'net') await recovery(page).getByRole('button', { name: 'Go on' }).click();
    await expect(page.locator('#screen')).not.toBeEmpty();
    expectOnlyProvokedTrouble(trouble);
  });

  base('a tampered room session is refused or caught by the presenter', async ({ page }) => {
    const trouble = await watchPage(page);
    await page.goto('/');
    await page.evaluate(() =>
      localStorage.setItem(
        'spillage.room',
        JSON.stringify({ sessionId: 'tampered', revision: 1, record: { runs: [{}] } }),
      ),
    );
    await page.goto('/?view=presenter');
    await expectNetOrRefusal(page, /No session is running|damaged|can’t be/);
    expectOnlyProvokedTrouble(trouble);
  });

  base('a file that is not text is refused with its name', async ({ page }) => {
    const trouble = await watchPage(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel('Scenario file').setInputFiles({
      name: 'photo.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
    });
    await expectNetOrRefusal(page, /photo\.yaml/);
    expectOnlyProvokedTrouble(trouble);
  });

  base('hostile messages to the presenter never leave it dead', async ({ page, context }) => {
    const trouble = await watchPage(page);
    await page.goto('/?view=presenter');
    await page.getByRole('button', { name: 'Set up a session' }).click();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Presenter' })).toBeVisible();
    const sender = await context.newPage();
    await sender.goto('/');
    await sender.evaluate(() => {
      const channel = new BroadcastChannel('spillage-room');
      channel.postMessage(null);
      channel.postMessage({ kind: 'state', state: null });
      channel.postMessage({
        kind: 'state',
        state: { sessionId: 'evil', revision: 1e9, record: { runs: [{}] } },
      });
      channel.close();
    });
    const outcome = await expectNetOrRefusal(page, /not valid|damaged|refused|can’t be/);
    if (outcome === 'net')
      await recovery(page).getByRole('button', { name: 'Go on where I was' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Presenter' })).toBeVisible();
    expectOnlyProvokedTrouble(trouble);
  });
});

test.describe('notices', () => {
  test('echo at most a short piece of what they were given, and only the newest 3 stay', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Run a session for a room' }).click();
    const field = page.getByLabel('Load a session log (JSON)');
    const hugeId = 'a'.repeat(1_600_000);
    for (let n = 1; n <= 5; n += 1)
      await field.setInputFiles({
        name: `log-${n}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ scenario: { id: hugeId } })),
      });
    await expect(page.locator('.notice').last()).toContainText('log-5.json');
    await expect(page.locator('.notice')).toHaveCount(3);
    await expect(page.locator('.notice').first()).toContainText('log-3.json');
    await expect(page.locator('.notice').last()).toContainText(/\(1,600,00\d characters\)/);
    const shown = await page.locator('#notices').evaluate((n) => n.textContent?.length ?? 0);
    expect(shown).toBeLessThan(3 * 800);
  });
});

test.describe('a scenario loaded from a file', () => {
  const withConstructorIds = oneRoleScenario({ id: 'constructor', title: 'Constructor drill' })
    .replace('  - id: only', '  - id: constructor')
    .replace('start: first', 'start: constructor')
    .replace('      - id: first', '      - id: constructor')
    .replace('setting: office', 'setting: constructor');

  test('plays with ids named constructor, and its path is not offered as a link', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await uploadScenario(page, 'constructor.yaml', withConstructorIds);
    await page.getByRole('button', { name: 'Play The only role' }).click();
    await playToDebrief(page);
    await page.getByRole('button', { name: 'Share my path' }).click();
    const share = page.getByRole('region', { name: 'Share my path' });
    await expect(share).toContainText('A link can’t replay this path');
    await expect(share).toContainText('send the scenario file');
    await expect(share.getByRole('textbox')).toHaveCount(0);
    await expect(share.locator('svg, img')).toHaveCount(0);
    // The reflection stays on the device: with no link to carry it, there is no box to tick.
    await expect(
      page.getByRole('textbox', { name: 'What would you do differently?' }),
    ).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /Include my reflection/ })).toHaveCount(0);
  });
});
