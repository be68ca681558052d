import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Response } from '@playwright/test';
import { test, expect, saveScreenshot, waitForStageAtRest } from './guarded-test';

/** The single-file build (`npm run build:single`). */
const singleFile = resolve('dist-single/spillage.html');

/**
 * Waits until Howler (loaded at the first gesture; it publishes itself on window) has decoded at
 * least the four short sounds it fetches first: sound works, not just the pictures.
 */
async function waitForSounds(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const howler = (window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler;
        return howler?._howls.filter((howl) => howl.state() === 'loaded').length ?? 0;
      }),
    )
    .toBeGreaterThanOrEqual(4);
}

/** From the title through the contractor's first decision to its outcome, by mouse. */
async function playFirstDecision(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
  await page.getByRole('button', { name: /^Play Spillage/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your role' })).toBeVisible();
  await page.getByRole('button', { name: 'Play The contractor' }).click();
  await page.getByRole('button', { name: 'Skip the check' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  const choices = page.getByRole('group', { name: /^Choices/ });
  await choices.getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'What follows' })).toBeFocused();
  await expect(page.locator('.status-badge')).toBeVisible();
}

test('after one visit, the game plays with the network off', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  // The worker registers after load and idle; it controls the page once its precache is complete
  // (install), it has activated and claimed the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    );
  });
  // Every built file a session may ask for is cached, the lazily loaded chunks among them. The
  // .br and .gz copies are the same files compressed, which the server picks for a browser that
  // asks for them: the cache holds the file itself.
  const builtFiles = [
    'index.html',
    'manifest.webmanifest',
    'favicon.png',
    'icon-192.png',
    'icon-512.png',
  ]
    .concat(
      readdirSync('dist/assets')
        .filter((name) => !/\.(woff|br|gz)$/.test(name))
        .map((name) => `assets/${name}`),
    )
    .concat(readdirSync('dist/sounds').map((name) => `sounds/${name}`));
  const uncached = await page.evaluate(async (paths) => {
    const missing: string[] = [];
    for (const path of paths)
      if (!(await caches.match(new URL(path, location.href).href, { ignoreSearch: true })))
        missing.push(path);
    return missing;
  }, builtFiles);
  expect(uncached, 'files missing from the precache').toEqual([]);

  await context.setOffline(true);
  const responses: Response[] = [];
  const failed: string[] = [];
  page.on('response', (response) => responses.push(response));
  page.on('requestfailed', (request) =>
    failed.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Spillage' })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine), 'the browser is offline').toBe(false);

  await playFirstDecision(page);
  // The gesture loaded Howler, which fetched and decoded the sounds; all of it from the worker.
  await waitForSounds(page);
  expect(
    responses.filter((response) => response.url().includes('/sounds/')).length,
  ).toBeGreaterThan(0);
  const fromNetwork = responses
    .filter((response) => !response.fromServiceWorker() && !response.url().startsWith('data:'))
    .map((response) => response.url());
  expect(fromNetwork, 'responses that did not come from the worker').toEqual([]);
  expect(
    responses.filter((response) => response.status() !== 200).map((response) => response.url()),
  ).toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
});

test.describe('the single file, opened from disk', () => {
  test.beforeAll(() => {
    // `npm run build:single` makes it; build it here only when it is missing.
    if (existsSync(singleFile)) return;
    test.setTimeout(120_000);
    const build = spawnSync(
      'npm',
      ['run', '--silent', 'build:single', '--', '--logLevel', 'warn'],
      {
        stdio: 'inherit',
      },
    );
    expect(build.status, 'npm run build:single').toBe(0);
  });

  test('plays from file:// with nothing fetched from anywhere', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(singleFile).href);
    await expect(page).toHaveTitle('Spillage: a tabletop exercise');
    await expect(page.getByRole('heading', { level: 1, name: 'Spillage' })).toBeVisible();
    await waitForStageAtRest(page);
    await playFirstDecision(page);
    await waitForStageAtRest(page);
    // Fonts are inlined: the page's own faces are loaded, not a fallback.
    expect(
      await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => face.family);
      }),
    ).toContain('Atkinson Hyperlegible');
    // Sound starts after the first gesture and is decoded from data: URLs, never requested.
    await waitForSounds(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await saveScreenshot(page, 'offline-single-file');
    const outside = requests.filter((url) => !/^(file|data|blob):/.test(url));
    expect(outside, 'requests that left the file').toEqual([]);
    expect(statSync(singleFile).size).toBeLessThan(4 * 1024 * 1024);
    expect(readdirSync(join(singleFile, '..'))).toEqual(['spillage.html']);
  });
});
