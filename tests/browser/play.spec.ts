import { test, expect, saveScreenshot, viewports, waitForStageAtRest } from './guarded-test';
import {
  oneRoleScenario,
  openDefaultScenario,
  playToDebrief,
  tabTo,
  uploadScenario,
} from './play-driver';

const roles = ['The contractor', /analysts/i, /CEO/, /investigator/i] as const;

for (const role of roles) {
  test(`keyboard only: ${String(role)} plays to a debrief with cited history and the graph`, async ({
    page,
  }) => {
    await openDefaultScenario(page);
    await tabTo(
      page,
      page.getByRole('button', {
        name: typeof role === 'string' ? `Play ${role}` : new RegExp(`^Play .*${role.source}`, 'i'),
      }),
    );
    // Played alone, a role first offers its check; a later role then shows where the story
    // stands, then its briefing.
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: /^(Before you start|Briefing|Where the story stands)/,
      }),
    ).toBeFocused();
    const decisions = await playToDebrief(page);
    expect(decisions).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('heading', { level: 1, name: /^Debrief/ })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'What the source says' })).toBeVisible();
    await expect(page.locator('.debrief blockquote').first()).not.toBeEmpty();
    await expect(
      page.getByRole('img', { name: /Your path beside the scenario’s main line/ }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Discuss' })).toBeVisible();
  });
}

test('a choice shows its outcome, status label and cited excerpt', async ({ page }) => {
  await openDefaultScenario(page);
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  const choices = page.getByRole('group', { name: /^Choices/ });
  await expect(choices.getByRole('button').first()).toBeVisible();
  await choices.getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'What follows' })).toBeFocused();
  await expect(page.locator('.status-badge')).toHaveText(
    /Reported|Claimed|Alleged|Opinion|Open question|What-if/,
  );
  // The outcome's own words may say "the source does not say": open the citation's summary itself.
  await page.locator('.citations summary').first().click();
  await expect(page.locator('.citation blockquote').first()).toBeVisible();
  await expect(page.locator('.citation figcaption').first()).toContainText('—');
});

test('the campaign hands each role to the next', async ({ page }) => {
  test.setTimeout(240_000);
  await openDefaultScenario(page);
  await page.getByRole('button', { name: 'Play the whole campaign' }).click();
  for (let role = 0; role < 4; role += 1) {
    await playToDebrief(page);
    const next = page.getByRole('button', { name: /^Next role/ });
    if (role < 3) {
      await expect(next).toBeVisible();
      await next.click();
    } else {
      await expect(next).toHaveCount(0);
    }
  }
});

test('a reload resumes at the same beat, and the menu offers text size and sound', async ({
  page,
}) => {
  await openDefaultScenario(page);
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Continue' }).click();
  const beatTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: beatTitle ?? '' })).toBeVisible();

  await page.keyboard.press('Escape');
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await menu.getByLabel('Text size').fill('200');
  await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 2/);
  await expect(menu.getByLabel('Sound volume')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

test('a broken scenario file shows its errors on screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  const broken = oneRoleScenario({ id: 'broken', next: 'aftermath', endingId: 'after-math' });
  await uploadScenario(page, 'broken.yaml', broken);
  const problems = page.getByRole('alert');
  await expect(problems).toContainText("broken.yaml can't be played");
  await expect(problems).toContainText("'aftermath'");
  await expect(problems).toContainText("did you mean 'after-math'");
  await expect(problems).toContainText(/line \d+/);
});

test('text containing HTML shows as text', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  const hostile = oneRoleScenario({
    id: 'hostile',
    title: '"<img src=x onerror=alert(1)> Hostile"',
    summary: '"<script>alert(1)</script>"',
    roleName: '"<b>Bold</b> role"',
    briefing: '"<iframe src=https://example.com></iframe>"',
    beatTitle: '"<h1>Injected</h1>"',
  });
  await uploadScenario(page, 'hostile.yaml', hostile);
  await page.getByRole('button', { name: 'Play <b>Bold</b> role' }).click();
  await expect(page.getByText('<iframe src=https://example.com></iframe>')).toBeVisible();
  expect(await page.locator('#screen iframe, #screen script, #screen img, #screen b').count()).toBe(
    0,
  );
});

for (const [size, viewport] of Object.entries(viewports)) {
  test(`play screens look right at ${size} size`, async ({ page }) => {
    // Software WebGL at projector size draws slowly; the role itself is played at full length.
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    await openDefaultScenario(page);
    await saveScreenshot(page, `roles-${size}`);
    await page.getByRole('button', { name: /^Play .*analysts/i }).click();
    await page.getByRole('button', { name: 'Skip the check' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await waitForStageAtRest(page);
    await saveScreenshot(page, `decision-${size}`);
    await page.keyboard.press('1');
    await waitForStageAtRest(page);
    await saveScreenshot(page, `outcome-${size}`);
    await playToDebrief(page);
    await waitForStageAtRest(page);
    await saveScreenshot(page, `debrief-${size}`);
    // Wide parts (the who-knew-what table, the graph) scroll inside their own region: the page
    // itself never needs a sideways scroll.
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, 'the debrief fits the screen’s width').toBeLessThanOrEqual(viewport.width);
  });
}
